using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>Shows an instant as the event's local time and as the viewer's agency time, in the UI culture.</summary>
public sealed record EventTimes(string? ViewerTimeZone)
{
    public static async Task<EventTimes> ForAsync(AppDbContext db, string? agencyCode, CancellationToken cancellationToken) =>
        new(await db.Agencies.AsNoTracking().Where(a => a.Code == agencyCode).Select(a => a.TimeZone).FirstOrDefaultAsync(cancellationToken));

    public static string Format(DateTimeOffset instant, string timeZone) =>
        EventRules.IsKnownTimeZone(timeZone)
            ? EventRules.ToLocal(instant, timeZone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.CurrentCulture)
            : instant.UtcDateTime.ToString("ddd d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);

    /// <summary>The viewer's agency time, or null when it is the same zone as the event's.</summary>
    public string? ForViewer(DateTimeOffset instant, string eventTimeZone) =>
        ViewerTimeZone is null || ViewerTimeZone == eventTimeZone || !EventRules.IsKnownTimeZone(ViewerTimeZone)
            ? null
            : Format(instant, ViewerTimeZone);

    public static string Kind(EventKind kind) => kind switch
    {
        EventKind.Conference => "Conference",
        EventKind.Webinar => "Webinar",
        EventKind.Workshop => "Workshop",
        _ => "Session",
    };
}
