using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>An organiser adds an event for their agency, or a session to an event they may edit.</summary>
public sealed class CreateEventHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<EventView>> HandleAsync(EventActor actor, EventInput input, CancellationToken cancellationToken = default)
    {
        var (errors, times) = EventRules.Check(input);
        string? organiser;
        if (input.ParentId is { } parentId)
        {
            var parent = await db.KnowledgeEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == parentId, cancellationToken);
            if (parent is null || parent.IsSession || !actor.CanOrganise(parent.OrganiserAgencyCode))
            {
                return Outcome.NotFound<EventView>();
            }

            organiser = parent.OrganiserAgencyCode;
            if (times is not null && (times.StartsAt < parent.StartsAt || times.EndsAt > parent.EndsAt))
            {
                errors[nameof(EventInput.Start)] = ["A session takes place within the times of its event."];
            }
        }
        else
        {
            organiser = actor.IsNetworkAdmin && !string.IsNullOrWhiteSpace(input.OrganiserAgencyCode)
                ? input.OrganiserAgencyCode.Trim().ToUpperInvariant()
                : actor.AgencyCode;
            if (!actor.CanCreate || organiser is null || !await db.Agencies.AnyAsync(a => a.Code == organiser, cancellationToken))
            {
                errors[nameof(EventInput.OrganiserAgencyCode)] = ["Choose the organising agency."];
            }
        }

        await EventChecks.HostAsync(db, input, errors, cancellationToken);
        if (errors.Count > 0 || times is null)
        {
            return Outcome.Invalid<EventView>(errors);
        }

        var now = clock.GetUtcNow();
        var item = new KnowledgeEvent
        {
            ParentId = input.ParentId,
            Title = input.Title,
            OrganiserAgencyCode = organiser!,
            TimeZone = input.TimeZone,
            CreatedBy = actor.MemberId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        EventRules.Apply(input, times, item);
        db.KnowledgeEvents.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("event.created", nameof(KnowledgeEvent), item.Id.ToString(), item.OrganiserAgencyCode, Details: item.Kind.ToString()), cancellationToken);
        return Outcome.Ok((await EventQueries.FindWithSessionsAsync(db, actor, item.Id, cancellationToken))!);
    }
}

internal static class EventChecks
{
    public static async Task HostAsync(AppDbContext db, EventInput input, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (input.HostPartnerId is { } host && !await db.PartnerOrganisations.AnyAsync(p => p.Id == host, cancellationToken))
        {
            errors[nameof(EventInput.HostPartnerId)] = ["Choose a partner organisation from the list."];
        }
    }
}
