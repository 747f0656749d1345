using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Platform.Web.Features.Operations.Contact.Letters;

/// <summary>An A4 warning letter: sender, date, reference, subject and the agency's warning text, paginated.</summary>
public static class LetterPdf
{
    private const double Margin = 60;

    public static byte[] Create(string sender, string date, string reference, string subject, string body)
    {
        LetterFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = subject;
        var regular = new XFont(LetterFontResolver.Family, 11);
        var bold = new XFont(LetterFontResolver.Family, 13, XFontStyleEx.Bold);
        var small = new XFont(LetterFontResolver.Family, 9);

        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var page = document.AddPage();
        var graphics = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        var y = Margin;
        graphics.DrawString(sender, small, XBrushes.Black, new XPoint(Margin, y));
        graphics.DrawString(date, small, XBrushes.Black, new XPoint(page.Width.Point - Margin - graphics.MeasureString(date, small).Width, y));
        y += 16;
        graphics.DrawString(reference, small, XBrushes.Black, new XPoint(Margin, y));
        y += 40;
        graphics.DrawString(subject, bold, XBrushes.Black, new XPoint(Margin, y));
        y += 24;

        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var lines = Math.Ceiling(graphics.MeasureString(text, regular).Width / width) + text.Count(c => c == '\n') + 1;
            var height = lines * regular.GetHeight();
            if (y + height > page.Height.Point - Margin)
            {
                graphics.Dispose();
                page = document.AddPage();
                graphics = XGraphics.FromPdfPage(page);
                y = Margin;
            }

            new XTextFormatter(graphics).DrawString(text, regular, XBrushes.Black, new XRect(Margin, y, width, height), XStringFormats.TopLeft);
            y += height + 6;
        }

        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
