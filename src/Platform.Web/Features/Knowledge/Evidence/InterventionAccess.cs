using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The few intervention facts the Evidence part needs.</summary>
public sealed record InterventionRef(Guid Id, string Slug, string Name, string OwnerAgencyCode, string CreatedBy);

/// <summary>
/// Finds an intervention only when the viewer may see it: every evidence record hangs off an intervention, so this
/// one check makes evaluations, ratings, readiness and adoptions of a hidden intervention answer 404.
/// </summary>
public sealed class InterventionAccess(AppDbContext db)
{
    public Task<InterventionRef?> FindAsync(ShareViewer viewer, Guid id, CancellationToken cancellationToken) =>
        Project(db.Interventions.Where(ShareVisibility.VisibleTo<Intervention>(viewer)).Where(i => i.Id == id), cancellationToken);

    public Task<InterventionRef?> FindBySlugAsync(ShareViewer viewer, string slug, CancellationToken cancellationToken) =>
        Project(db.Interventions.Where(ShareVisibility.VisibleTo<Intervention>(viewer)).Where(i => i.Slug == slug), cancellationToken);

    /// <summary>Ids of interventions the viewer sees, as a subquery for lists.</summary>
    public IQueryable<Intervention> Visible(ShareViewer viewer) => db.Interventions.Where(ShareVisibility.VisibleTo<Intervention>(viewer));

    private static Task<InterventionRef?> Project(IQueryable<Intervention> query, CancellationToken cancellationToken) =>
        query.Select(i => new InterventionRef(i.Id, i.Slug, i.Name, i.OwnerAgencyCode, i.CreatedBy))
            .FirstOrDefaultAsync(cancellationToken)!;
}
