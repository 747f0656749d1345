using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Search criteria shared by the page, the API and the CSV export, always from the query string (the page's export
/// form posts to a URL carrying them). Dates are whole UTC days, inclusive.
/// </summary>
public sealed class AuditFilter
{
    [FromQuery(Name = "from")]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "actor")]
    [Display(Name = "Actor")]
    [StringLength(150)]
    public string? Actor { get; set; }

    [FromQuery(Name = "action")]
    [Display(Name = "Action")]
    [StringLength(AuditEntry.ActionLength)]
    public string? Action { get; set; }

    [FromQuery(Name = "recordType")]
    [Display(Name = "Record type")]
    [StringLength(AuditEntry.RecordTypeLength)]
    public string? RecordType { get; set; }

    [FromQuery(Name = "recordId")]
    [Display(Name = "Record id")]
    [StringLength(AuditEntry.RecordIdLength)]
    public string? RecordId { get; set; }

    [FromQuery(Name = "text")]
    [Display(Name = "Text")]
    [StringLength(200)]
    public string? Text { get; set; }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.OccurredAt < end);
        }

        if (Trimmed(Actor) is { } actor)
        {
            var lower = actor.ToLowerInvariant();
            entries = entries.Where(e => e.ActorMemberId == actor || e.ActorName.ToLower().Contains(lower));
        }

        if (Trimmed(Action) is { } action)
        {
            entries = entries.Where(e => e.Action.StartsWith(action));
        }

        if (Trimmed(RecordType) is { } recordType)
        {
            entries = entries.Where(e => e.RecordType == recordType);
        }

        if (Trimmed(RecordId) is { } recordId)
        {
            entries = entries.Where(e => e.RecordId == recordId);
        }

        if (Trimmed(Text) is { } text)
        {
            var lower = text.ToLowerInvariant();
            entries = entries.Where(e => (e.Details != null && e.Details.ToLower().Contains(lower))
                                         || (e.Reason != null && e.Reason.ToLower().Contains(lower)));
        }

        return entries;
    }

    /// <summary>The filter as query-string pairs, for paging links and the export form.</summary>
    public IReadOnlyDictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "actor", Actor);
        Add(values, "action", Action);
        Add(values, "recordType", RecordType);
        Add(values, "recordId", RecordId);
        Add(values, "text", Text);
        return values;
    }

    /// <summary>Recorded with an export, so the audit shows what was exported.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (key, value) in ToRouteValues())
        {
            text.Append(text.Length == 0 ? "" : "; ").Append(key).Append('=').Append(value);
        }

        return text.Length == 0 ? "all entries" : text.ToString();
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (Trimmed(value) is { } trimmed)
        {
            values[key] = trimmed;
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
