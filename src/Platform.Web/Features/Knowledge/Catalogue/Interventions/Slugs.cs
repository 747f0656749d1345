using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Readable addresses from names: "Hack_Right" → "hack-right", "re_B00TCMP" → "re-b00tcmp".</summary>
public static class Slugs
{
    public const int MaxLength = 72;

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
        return slug.Length == 0 ? "intervention" : slug;
    }
}
