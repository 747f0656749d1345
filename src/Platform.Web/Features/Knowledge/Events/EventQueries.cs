using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>The one projection from stored events to <see cref="EventView"/>, with counts and the viewer's own registration.</summary>
internal static class EventQueries
{
    public static IQueryable<EventView> Project(this IQueryable<KnowledgeEvent> events, AppDbContext db, EventActor actor) =>
        events.Select(e => new EventView(
            e.Id, e.ParentId, e.Kind, e.Title, e.Description, e.OrganiserAgencyCode,
            db.Agencies.Where(a => a.Code == e.OrganiserAgencyCode).Select(a => a.Name).FirstOrDefault() ?? e.OrganiserAgencyCode,
            e.HostPartnerId,
            db.PartnerOrganisations.Where(p => p.Id == e.HostPartnerId).Select(p => p.Name).FirstOrDefault() ?? e.HostName,
            e.StartsAt, e.EndsAt, e.TimeZone, e.Venue, e.OnlineUrl, e.Language, e.Topics,
            e.Speakers.Select(s => new SpeakerView(s.Name, s.Organisation, s.Role)).ToList(),
            e.SlidesUrl, e.RecordingUrl, e.Capacity, e.RegistrationDeadline, e.Sequence,
            db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed),
            db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted),
            db.EventRegistrations.Where(r => r.EventId == e.Id && r.MemberId == actor.MemberId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefault(),
            actor.IsNetworkAdmin || (actor.IsAgencyEditor && actor.AgencyCode != null && e.OrganiserAgencyCode == actor.AgencyCode)));

    /// <summary>An event with its sessions in time order; null when it does not exist.</summary>
    public static async Task<EventView?> FindWithSessionsAsync(AppDbContext db, EventActor actor, Guid id, CancellationToken cancellationToken)
    {
        var item = await db.KnowledgeEvents.AsNoTracking().Where(e => e.Id == id).Project(db, actor).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return null;
        }

        var sessions = await db.KnowledgeEvents.AsNoTracking()
            .Where(e => e.ParentId == id)
            .Project(db, actor)
            .ToListAsync(cancellationToken);
        return item with { Sessions = [.. sessions.OrderBy(s => s.StartsAt)] };
    }
}
