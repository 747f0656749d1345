using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>Adoption records of one intervention, with history and linked local evaluations.</summary>
public sealed class ListAdoptionsHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<Outcome<IReadOnlyList<AdoptionView>>> HandleAsync(EvidenceActor actor, Guid interventionId, CancellationToken cancellationToken = default)
    {
        if (await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken) is null)
        {
            return Outcome.NotFound<IReadOnlyList<AdoptionView>>();
        }

        return Outcome.Ok(await QueryAsync(db, db.Adoptions.Where(a => a.InterventionId == interventionId), cancellationToken));
    }

    internal static async Task<AdoptionView?> FindAsync(AppDbContext db, Guid adoptionId, CancellationToken cancellationToken)
    {
        var views = await QueryAsync(db, db.Adoptions.Where(a => a.Id == adoptionId), cancellationToken);
        return views.Count > 0 ? views[0] : null;
    }

    private static async Task<IReadOnlyList<AdoptionView>> QueryAsync(AppDbContext db, IQueryable<Adoption> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().Include(a => a.History).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var evaluations = await db.Evaluations.Where(e => e.AdoptionId != null && ids.Contains(e.AdoptionId.Value))
            .Select(e => new { e.Id, AdoptionId = e.AdoptionId!.Value }).ToListAsync(cancellationToken);
        var codes = rows.Select(r => r.AgencyCode).Distinct().ToList();
        var countries = await db.Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.CountryName, cancellationToken);
        return [.. rows
            .OrderBy(r => r.Status).ThenBy(r => r.AgencyCode, StringComparer.Ordinal)
            .Select(r => new AdoptionView(
                r.Id, r.InterventionId, r.AgencyCode, countries.GetValueOrDefault(r.AgencyCode, r.AgencyCode), r.Status, r.StartedOn, r.EndedOn,
                r.Language, r.Contact, r.Adaptations, r.Obstacles, r.Results, r.UpdatedAt,
                [.. evaluations.Where(e => e.AdoptionId == r.Id).Select(e => e.Id)],
                [.. r.History.OrderByDescending(h => h.ChangedAt).Select(h => new AdoptionHistoryView(h.From, h.To, h.ChangedByName, h.ChangedAt, h.Note))]))];
    }
}
