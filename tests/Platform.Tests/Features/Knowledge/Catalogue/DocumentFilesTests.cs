using System.IO.Compression;
using Platform.Web.Features.Knowledge.Catalogue.Documents;

namespace Platform.Tests.Features.Knowledge.Catalogue;

public sealed class DocumentFilesTests
{
    [Theory]
    [InlineData("manual.docx", "word/document.xml", "wordprocessingml")]
    [InlineData("slides.pptx", "ppt/presentation.xml", "presentationml")]
    [InlineData("figures.xlsx", "xl/workbook.xml", "spreadsheetml")]
    public void Inspect_OfficeContainerWithItsMainPart_IsAccepted(string fileName, string mainPart, string contentType)
    {
        var (file, error) = DocumentFiles.Inspect(fileName, Zip("[Content_Types].xml", mainPart));

        Assert.Null(error);
        Assert.Contains(contentType, file!.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_WordFileThatIsReallyAWorkbook_IsRefused() =>
        Assert.Contains("does not match", DocumentFiles.Inspect("manual.docx", Zip("[Content_Types].xml", "xl/workbook.xml")).Error, StringComparison.Ordinal);

    [Fact]
    public void Inspect_DocumentWithMacros_IsRefused() =>
        Assert.Contains("macros", DocumentFiles.Inspect("manual.docx", Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("a.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData("a.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData("a.JPG", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    public void Inspect_FileWithItsMagicBytes_IsAccepted(string fileName, byte[] bytes, string contentType) =>
        Assert.Equal(contentType, DocumentFiles.Inspect(fileName, bytes).File?.ContentType);

    [Fact]
    public void Inspect_TextThatIsNotUtf8_IsRefused() =>
        Assert.Contains("UTF-8", DocumentFiles.Inspect("notes.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F]).Error, StringComparison.Ordinal);

    [Fact]
    public void Inspect_ElfBinaryRenamedToText_IsRefusedAsProgram() =>
        Assert.Contains("Programs", DocumentFiles.Inspect("notes.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1]).Error, StringComparison.Ordinal);

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
