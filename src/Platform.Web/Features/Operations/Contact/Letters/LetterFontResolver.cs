using PdfSharp.Fonts;

namespace Platform.Web.Features.Operations.Contact.Letters;

/// <summary>
/// PDFsharp needs font files on Linux: one sans-serif family from the usual system locations (DejaVu or Liberation,
/// both in Debian's base font packages), regular and bold. Installed once per process.
/// </summary>
internal sealed class LetterFontResolver : IFontResolver
{
    public const string Family = "LetterSans";

    private static readonly string[][] Candidates =
    [
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
        ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
        ["C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"],
    ];

    private static readonly Lock Gate = new();
    private readonly string[] _files;

    private LetterFontResolver(string[] files) => _files = files;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is LetterFontResolver)
            {
                return;
            }

            var files = Candidates.FirstOrDefault(c => c.All(File.Exists))
                ?? throw new InvalidOperationException("No font for letters: install fonts-dejavu-core (or fonts-liberation).");
            GlobalFontSettings.FontResolver = new LetterFontResolver(files);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? _files[1] : _files[0]);
}
