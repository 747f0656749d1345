using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

public sealed record AdoptionQuery(AdoptionStatus? Status = null, string? Country = null, int? Page = null, int? PageSize = null);

public sealed record AdoptionRow(
    Guid InterventionId, string InterventionSlug, string InterventionName, string AgencyCode, string CountryName,
    AdoptionStatus Status, DateOnly? StartedOn, DateOnly? EndedOn, string? Language, DateTimeOffset UpdatedAt);

/// <summary>
/// The network view: which country does what with which intervention, over interventions the viewer can see.
/// Rows are (intervention, country); the page pivots them into an intervention × country table.
/// </summary>
public sealed class AdoptionMatrixHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<PageOf<AdoptionRow>> HandleAsync(EvidenceActor actor, AdoptionQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize, 100);
        var all = await AllAsync(actor, query, cancellationToken);
        return new PageOf<AdoptionRow>([.. all.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, all.Count);
    }

    public async Task<IReadOnlyList<AdoptionRow>> AllAsync(EvidenceActor actor, AdoptionQuery query, CancellationToken cancellationToken = default)
    {
        var visible = interventions.Visible(actor.Viewer);
        var adoptions = db.Adoptions.AsNoTracking().AsQueryable();
        if (query.Status is { } status)
        {
            adoptions = adoptions.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            adoptions = adoptions.Where(a => a.AgencyCode == country);
        }

        var rows = await (
                from a in adoptions
                join i in visible on a.InterventionId equals i.Id
                join g in db.Agencies on a.AgencyCode equals g.Code
                select new AdoptionRow(i.Id, i.Slug, i.Name, a.AgencyCode, g.CountryName, a.Status, a.StartedOn, a.EndedOn, a.Language, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.InterventionName, StringComparer.CurrentCulture).ThenBy(r => r.AgencyCode, StringComparer.Ordinal)];
    }
}
