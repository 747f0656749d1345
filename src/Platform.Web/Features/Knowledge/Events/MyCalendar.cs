using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>The personal feed: every event I registered for that has not ended more than a year ago.</summary>
public sealed class MyCalendarHandler(AppDbContext db, TimeProvider clock, KnowledgeMail mail)
{
    public async Task<string> HandleAsync(EventActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var since = now.AddYears(-1);
        var registrations = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.MemberId == actor.MemberId)
            .Join(db.KnowledgeEvents.Where(e => e.EndsAt >= since), r => r.EventId, e => e.Id, (r, e) => new { r.EventId, r.Status })
            .ToListAsync(cancellationToken);
        var events = new List<EventView>();
        foreach (var registration in registrations)
        {
            if (await EventQueries.FindWithSessionsAsync(db, actor, registration.EventId, cancellationToken) is { } item)
            {
                events.Add(item);
            }
        }

        return EventCalendar.Serialize(events.OrderBy(e => e.StartsAt), now, mail.BaseUrl, "InterCOP events");
    }
}
