using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// iCalendar (RFC 5545) files of events. Each session is its own VEVENT, linked to its event by RELATED-TO, because
/// calendar apps show separate entries at their own times far better than a list inside one long entry. Times carry
/// the event's TZID with a generated VTIMEZONE; UIDs are stable and SEQUENCE follows every edit.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string ProductId = "-//InterCOP//Platform Events//EN";

    public static string Uid(Guid eventId) => $"{eventId}@events.intercop-platform";

    public static string FileName(EventView item) => $"intercop-event-{item.Id}.ics";

    public static string Serialize(IEnumerable<EventView> events, DateTimeOffset now, string baseUrl, string? name = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }

        var zones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in events)
        {
            foreach (var entry in item.Sessions.Prepend(item))
            {
                if (zones.Add(entry.TimeZone))
                {
                    // Zone rules from a year before the first event cover the dates clients need to resolve.
                    calendar.AddTimeZone(entry.TimeZone, entry.StartsAt.UtcDateTime.AddYears(-1), includeHistoricalData: false);
                }

                calendar.Events.Add(ToVEvent(entry, item, now, baseUrl));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static byte[] Bytes(string ics) => Encoding.UTF8.GetBytes(ics);

    private static CalendarEvent ToVEvent(EventView entry, EventView root, DateTimeOffset now, string baseUrl)
    {
        var url = new Uri($"{baseUrl.TrimEnd('/')}/Knowledge/Events/{root.Id}");
        var vevent = new CalendarEvent
        {
            Uid = Uid(entry.Id),
            Sequence = entry.Sequence,
            Summary = entry.IsSession ? $"{entry.Title} ({root.Title})" : entry.Title,
            Description = Describe(entry, url),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            DtStart = Local(entry.StartsAt, entry.TimeZone),
            DtEnd = Local(entry.EndsAt, entry.TimeZone),
            Location = entry.Venue ?? entry.OnlineUrl,
            Url = url,
            // For the one who downloads it: a waiting-list place is tentative.
            Status = root.MyStatus == RegistrationStatus.Waitlisted ? "TENTATIVE" : "CONFIRMED",
            Organizer = new Organizer { CommonName = entry.OrganiserName, Value = new Uri("mailto:events@intercop-platform.invalid") },
        };
        foreach (var topic in entry.Topics)
        {
            vevent.Categories.Add(topic);
        }

        if (entry.IsSession)
        {
            vevent.AddProperty("RELATED-TO", Uid(root.Id));
        }

        return vevent;
    }

    private static CalDateTime Local(DateTimeOffset instant, string timeZone)
    {
        var local = EventRules.ToLocal(instant, timeZone);
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, timeZone);
    }

    private static string Describe(EventView entry, Uri url)
    {
        var text = new StringBuilder();
        text.AppendLine(entry.Description);
        if (entry.OnlineUrl is not null)
        {
            text.AppendLine().Append("Online: ").AppendLine(entry.OnlineUrl);
        }

        if (entry.Speakers.Count > 0)
        {
            text.AppendLine().AppendLine("Speakers:");
            foreach (var s in entry.Speakers)
            {
                text.Append("- ").AppendLine(string.Join(", ", new[] { s.Name, s.Role, s.Organisation }.Where(v => !string.IsNullOrEmpty(v))));
            }
        }

        if (entry.Sessions.Count > 0)
        {
            text.AppendLine().AppendLine("Sessions:");
            foreach (var s in entry.Sessions)
            {
                var start = EventRules.ToLocal(s.StartsAt, s.TimeZone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
                text.Append("- ").Append(start).Append(' ').AppendLine(s.Title);
            }
        }

        text.AppendLine().Append(url);
        return text.ToString().Trim();
    }
}
