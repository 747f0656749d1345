using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

public sealed record ParticipantView(string Name, string? AgencyCode, string? AgencyName, RegistrationStatus Status, DateTimeOffset RegisteredAt);

/// <summary>The participant list (name and agency only) for the event's organisers; everyone else gets "not found".</summary>
public sealed class ListParticipantsHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<IReadOnlyList<ParticipantView>>> HandleAsync(EventActor actor, Guid eventId, CancellationToken cancellationToken = default)
    {
        var item = await db.KnowledgeEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId && e.ParentId == null, cancellationToken);
        if (item is null || !actor.CanOrganise(item.OrganiserAgencyCode))
        {
            return Outcome.NotFound<IReadOnlyList<ParticipantView>>();
        }

        var participants = await (
                from r in db.EventRegistrations.AsNoTracking()
                join m in db.Users.AsNoTracking() on r.MemberId equals m.Id
                where r.EventId == eventId
                select new ParticipantView(
                    m.DisplayName, m.AgencyCode,
                    db.Agencies.Where(a => a.Code == m.AgencyCode).Select(a => a.Name).FirstOrDefault()
                        ?? db.PartnerOrganisations.Where(p => p.Id == m.PartnerOrganisationId).Select(p => p.Name).FirstOrDefault(),
                    r.Status, r.RegisteredAt))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("event.participants-viewed", nameof(KnowledgeEvent), eventId.ToString(), item.OrganiserAgencyCode), cancellationToken);
        return Outcome.Ok<IReadOnlyList<ParticipantView>>([.. participants.OrderBy(p => p.Status).ThenBy(p => p.RegisteredAt)]);
    }
}
