using System.IO.Compression;
using System.Text;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

/// <summary>What an accepted upload turned out to be, and its text for search (text formats only).</summary>
public sealed record InspectedFile(string ContentType, string ExtractedText);

/// <summary>
/// Accepts an upload only when its bytes are what its extension claims (magic bytes, and the part names inside
/// Office zip containers), so a renamed executable or script never becomes a "PDF" that colleagues download.
/// </summary>
public static class DocumentFiles
{
    public const int MaxExtractedChars = 200_000;

    public static readonly IReadOnlyList<string> AcceptedExtensions = [".pdf", ".docx", ".pptx", ".xlsx", ".png", ".jpg", ".jpeg", ".txt", ".md"];

    private static readonly byte[][] ExecutableSignatures =
    [
        "MZ"u8.ToArray(), [0x7F, (byte)'E', (byte)'L', (byte)'F'], "#!"u8.ToArray(),
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    /// <summary>The inspected file, or an English error message for the person uploading it.</summary>
    public static (InspectedFile? File, string? Error) Inspect(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "The file is empty.");
        }

        if (ExecutableSignatures.Any(s => bytes.AsSpan().StartsWith(s)))
        {
            return (null, "Programs and scripts are not accepted. Upload a PDF, Word, PowerPoint or Excel file, an image or a text file.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!AcceptedExtensions.Contains(extension))
        {
            return (null, "This file type is not accepted. Upload a PDF, Word, PowerPoint or Excel file, a PNG or JPEG image, or a text or Markdown file.");
        }

        var mismatch = $"The content of the file does not match its extension ({extension}). Upload the file in its real format.";
        return extension switch
        {
            ".pdf" => bytes.AsSpan().StartsWith("%PDF-"u8) ? (new InspectedFile("application/pdf", ""), null) : (null, mismatch),
            ".png" => bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? (new InspectedFile("image/png", ""), null) : (null, mismatch),
            ".jpg" or ".jpeg" => bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? (new InspectedFile("image/jpeg", ""), null) : (null, mismatch),
            ".docx" => Office(bytes, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", mismatch),
            ".pptx" => Office(bytes, "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation", mismatch),
            ".xlsx" => Office(bytes, "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", mismatch),
            _ => Text(bytes, extension == ".md" ? "text/markdown" : "text/plain", mismatch),
        };
    }

    private static (InspectedFile?, string?) Office(byte[] bytes, string mainPart, string contentType, string mismatch)
    {
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return (null, mismatch);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains(mainPart))
            {
                return (null, mismatch);
            }

            return names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                ? (null, "Documents with macros are not accepted. Save the file without macros and upload it again.")
                : (new InspectedFile(contentType, ""), null);
        }
        catch (InvalidDataException)
        {
            return (null, mismatch);
        }
    }

    private static (InspectedFile?, string?) Text(byte[] bytes, string contentType, string mismatch)
    {
        if (bytes.Contains((byte)0))
        {
            return (null, mismatch);
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return (new InspectedFile(contentType + "; charset=utf-8", text.Length > MaxExtractedChars ? text[..MaxExtractedChars] : text), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "Text files must be saved as UTF-8.");
        }
    }
}
