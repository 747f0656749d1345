using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// The one mapping from stored events to <see cref="EventView"/>, with counts and the viewer's own registration.
/// Events are loaded first and the rest in one query each, because SQLite cannot translate the JSON speakers and
/// primitive topics inside a correlated projection.
/// </summary>
internal static class EventQueries
{
    public static async Task<List<EventView>> ToViewsAsync(this IQueryable<KnowledgeEvent> query, AppDbContext db, EventActor actor, CancellationToken cancellationToken)
    {
        var events = await query.AsNoTracking().ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return [];
        }

        var ids = events.Select(e => e.Id).ToList();
        var counts = await db.EventRegistrations.AsNoTracking()
            .Where(r => ids.Contains(r.EventId))
            .GroupBy(r => new { r.EventId, r.Status })
            .Select(g => new { g.Key.EventId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mine = await db.EventRegistrations.AsNoTracking()
            .Where(r => ids.Contains(r.EventId) && r.MemberId == actor.MemberId)
            .ToDictionaryAsync(r => r.EventId, r => r.Status, cancellationToken);
        var agencyCodes = events.Select(e => e.OrganiserAgencyCode).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
        var partnerIds = events.Where(e => e.HostPartnerId != null).Select(e => e.HostPartnerId!.Value).Distinct().ToList();
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        int Count(Guid id, RegistrationStatus status) => counts.Where(c => c.EventId == id && c.Status == status).Sum(c => c.Count);

        return [.. events.Select(e => new EventView(
            e.Id, e.ParentId, e.Kind, e.Title, e.Description, e.OrganiserAgencyCode,
            agencies.GetValueOrDefault(e.OrganiserAgencyCode) ?? e.OrganiserAgencyCode,
            e.HostPartnerId,
            e.HostPartnerId is { } host ? partners.GetValueOrDefault(host) ?? e.HostName : e.HostName,
            e.StartsAt, e.EndsAt, e.TimeZone, e.Venue, e.OnlineUrl, e.Language, e.Topics,
            [.. e.Speakers.Select(s => new SpeakerView(s.Name, s.Organisation, s.Role))],
            e.SlidesUrl, e.RecordingUrl, e.Capacity, e.RegistrationDeadline, e.Sequence,
            Count(e.Id, RegistrationStatus.Confirmed),
            Count(e.Id, RegistrationStatus.Waitlisted),
            mine.TryGetValue(e.Id, out var status) ? status : null,
            actor.CanOrganise(e.OrganiserAgencyCode)))];
    }

    /// <summary>An event with its sessions in time order; null when it does not exist.</summary>
    public static async Task<EventView?> FindWithSessionsAsync(AppDbContext db, EventActor actor, Guid id, CancellationToken cancellationToken)
    {
        var item = (await db.KnowledgeEvents.Where(e => e.Id == id).ToViewsAsync(db, actor, cancellationToken)).FirstOrDefault();
        if (item is null)
        {
            return null;
        }

        var sessions = await db.KnowledgeEvents.Where(e => e.ParentId == id).ToViewsAsync(db, actor, cancellationToken);
        return item with { Sessions = [.. sessions.OrderBy(s => s.StartsAt)] };
    }
}
