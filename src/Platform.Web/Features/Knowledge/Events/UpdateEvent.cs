using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>An organiser edits an event or session; SEQUENCE goes up so calendars that imported it update their copy.</summary>
public sealed class UpdateEventHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<EventView>> HandleAsync(EventActor actor, Guid id, EventInput input, CancellationToken cancellationToken = default)
    {
        var item = await db.KnowledgeEvents.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null || !actor.CanOrganise(item.OrganiserAgencyCode))
        {
            return Outcome.NotFound<EventView>();
        }

        // Neither the parent nor the kind of a session can change here: a session stays in its event.
        input.ParentId = item.ParentId;
        if (item.IsSession)
        {
            input.Kind = EventKind.Session;
        }

        var (errors, times) = EventRules.Check(input);
        if (item.ParentId is { } parentId && times is not null)
        {
            var parent = await db.KnowledgeEvents.AsNoTracking().FirstAsync(e => e.Id == parentId, cancellationToken);
            if (times.StartsAt < parent.StartsAt || times.EndsAt > parent.EndsAt)
            {
                errors[nameof(EventInput.Start)] = ["A session takes place within the times of its event."];
            }
        }

        await EventChecks.HostAsync(db, input, errors, cancellationToken);
        if (errors.Count > 0 || times is null)
        {
            return Outcome.Invalid<EventView>(errors);
        }

        EventRules.Apply(input, times, item);
        item.Sequence++;
        item.UpdatedAt = clock.GetUtcNow();
        item.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Invalid<EventView>("", "Someone else changed this event at the same time. Reload the page and try again.");
        }

        await audit.RecordAsync(new AuditEvent("event.updated", nameof(KnowledgeEvent), item.Id.ToString(), item.OrganiserAgencyCode), cancellationToken);
        return Outcome.Ok((await EventQueries.FindWithSessionsAsync(db, actor, item.Id, cancellationToken))!);
    }
}
