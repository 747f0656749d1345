using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>RFC 4180 CSV of the adoption table; cells a spreadsheet would run as a formula get an apostrophe (OWASP).</summary>
internal static class AdoptionCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<AdoptionRow> rows)
    {
        var text = new StringBuilder();
        text.Append("intervention,intervention_slug,country_code,country,status,started_on,ended_on,language,updated_at_utc\r\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', new[]
            {
                r.InterventionName, r.InterventionSlug, r.AgencyCode, r.CountryName, r.Status.ToString(),
                r.StartedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.EndedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Language, r.UpdatedAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            }.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
