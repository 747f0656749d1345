using Ical.Net;
using Platform.Web.Features.Knowledge.Events;

namespace Platform.Tests.Features.Knowledge.Events;

public sealed class EventCalendarTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Serialize_LisbonEventAcrossDstChange_ParsesBackWithTheRightUtcInstants()
    {
        // Portugal moves from WET (UTC+0) to WEST (UTC+1) at 01:00 UTC on 28 March 2027.
        var start = EventRules.ToInstant(new DateTime(2027, 3, 27, 10, 0, 0), "Europe/Lisbon");
        var end = EventRules.ToInstant(new DateTime(2027, 3, 29, 16, 0, 0), "Europe/Lisbon");
        var sessionStart = EventRules.ToInstant(new DateTime(2027, 3, 29, 10, 0, 0), "Europe/Lisbon");
        var session = Event("Session after the change", sessionStart, end);
        var item = Event("Spring workshop", start, end);
        item = item with { Sessions = [session with { ParentId = item.Id }] };

        var ics = EventCalendar.Serialize([item], Now, "https://intercop.test");
        var calendar = Calendar.Load(ics)!;

        Assert.Equal(new DateTimeOffset(2027, 3, 27, 10, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 15, 0, 0, TimeSpan.Zero), end);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Lisbon");
        var main = Assert.Single(calendar.Events, e => e.Uid == EventCalendar.Uid(item.Id));
        Assert.Equal("Europe/Lisbon", main.DtStart!.TzId);
        Assert.Equal(start.UtcDateTime, main.DtStart.AsUtc);
        Assert.Equal(end.UtcDateTime, main.DtEnd!.AsUtc);
        Assert.Equal(3, main.Sequence);
        var parsedSession = Assert.Single(calendar.Events, e => e.Uid == EventCalendar.Uid(session.Id));
        Assert.Equal(new DateTime(2027, 3, 29, 9, 0, 0, DateTimeKind.Utc), parsedSession.DtStart!.AsUtc);
        Assert.Contains("RELATED-TO:" + EventCalendar.Uid(item.Id), ics, StringComparison.Ordinal);
        Assert.Contains("\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Serialize_SameEventTwice_KeepsTheUid()
    {
        var item = Event("Webinar", Now.AddDays(10), Now.AddDays(10).AddHours(1));

        var first = Calendar.Load(EventCalendar.Serialize([item], Now, "https://intercop.test"))!;
        var second = Calendar.Load(EventCalendar.Serialize([item with { Sequence = 4 }], Now.AddDays(1), "https://intercop.test"))!;

        Assert.Equal(first.Events.Single().Uid, second.Events.Single().Uid);
        Assert.Equal(4, second.Events.Single().Sequence);
    }

    internal static EventView Event(string title, DateTimeOffset start, DateTimeOffset end) => new(
        Guid.NewGuid(), null, EventKind.Workshop, title, "A long description that needs folding because it is longer than seventy-five octets, with ümlauts.",
        "PT", "Agency PT", null, null, start, end, "Europe/Lisbon", "Lisbon", null, "en", ["games"], [new SpeakerView("Dutch police COPS team", null, "Organiser")],
        null, null, 10, null, 3, 0, 0, null, false);
}
