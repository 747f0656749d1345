using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

public sealed record InterventionListQuery(string? Search = null, PreventionStage? Stage = null, string? Owner = null, int? Page = null, int? PageSize = null);

/// <summary>The catalogue as the viewer may see it, and the own agency's drafts awaiting release.</summary>
public sealed class ListInterventionsHandler(AppDbContext db)
{
    public async Task<PageOf<InterventionSummary>> HandleAsync(KnowledgeActor actor, InterventionListQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize, defaultSize: 20);
        var items = db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer));
        if (query.Stage is { } stage)
        {
            items = items.Where(i => i.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim().ToUpperInvariant();
            items = items.Where(i => i.OwnerAgencyCode == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            items = items.Where(i => i.Name.ToLower().Contains(term) || i.Summary.ToLower().Contains(term));
        }

        return await PageAsync(items.OrderBy(i => i.Name), paging, cancellationToken);
    }

    /// <summary>National drafts of the actor's agency (only its members ever see them).</summary>
    public async Task<PageOf<InterventionSummary>> DraftsAsync(KnowledgeActor actor, int? page, CancellationToken cancellationToken = default)
    {
        var agency = actor.AgencyCode;
        var items = db.Interventions.AsNoTracking()
            .Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer))
            .Where(i => agency != null && i.OwnerAgencyCode == agency && i.ReleaseState == ReleaseState.NationalDraft)
            .OrderByDescending(i => i.UpdatedAt);
        return await PageAsync(items, Paging.From(page, 20), cancellationToken);
    }

    private static async Task<PageOf<InterventionSummary>> PageAsync(IQueryable<Intervention> items, Paging paging, CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.Skip(paging.Skip).Take(paging.PageSize)
            .Select(i => new InterventionSummary(i.Id, i.Slug, i.Name, i.Summary, i.OwnerAgencyCode, i.Stage, i.MinAge, i.MaxAge, i.Focus, i.Tlp, i.ReleaseState, i.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new PageOf<InterventionSummary>(rows, paging.Page, paging.PageSize, total);
    }
}
