using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Partners;

public sealed record PartnerQuery(string? Search = null, PartnerKind? Kind = null, string? Agency = null, int? Page = null, int? PageSize = null);

/// <summary>Partner organisations of the whole network, for every member.</summary>
public sealed class ListPartnersHandler(AppDbContext db)
{
    public async Task<PageOf<PartnerView>> HandleAsync(PartnerQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var partners = db.PartnerOrganisations.AsNoTracking();
        if (query.Kind is { } kind)
        {
            partners = partners.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Agency))
        {
            var agency = query.Agency.Trim().ToUpperInvariant();
            partners = partners.Where(p => p.AgencyCode == agency);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            partners = partners.Where(p => p.Name.ToLower().Contains(term) || (p.Description != null && p.Description.ToLower().Contains(term)));
        }

        var total = await partners.CountAsync(cancellationToken);
        var items = await partners
            .OrderBy(p => p.Name)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(p => new PartnerView(
                p.Id, p.Name, p.Kind, p.AgencyCode,
                db.Agencies.Where(a => a.Code == p.AgencyCode).Select(a => a.CountryName).FirstOrDefault(),
                p.Website, p.Description, p.ContactEmail))
            .ToListAsync(cancellationToken);
        return new PageOf<PartnerView>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>Partners sponsored by one agency, for pickers (an agency sponsors a handful).</summary>
    public async Task<IReadOnlyList<PartnerView>> SponsoredByAsync(string? agencyCode, CancellationToken cancellationToken = default) =>
        await db.PartnerOrganisations.AsNoTracking()
            .Where(p => agencyCode != null && p.AgencyCode == agencyCode)
            .OrderBy(p => p.Name)
            .Select(p => new PartnerView(p.Id, p.Name, p.Kind, p.AgencyCode, null, p.Website, p.Description, p.ContactEmail))
            .ToListAsync(cancellationToken);

    public async Task<PartnerView?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.PartnerOrganisations.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PartnerView(
                p.Id, p.Name, p.Kind, p.AgencyCode,
                db.Agencies.Where(a => a.Code == p.AgencyCode).Select(a => a.CountryName).FirstOrDefault(),
                p.Website, p.Description, p.ContactEmail))
            .FirstOrDefaultAsync(cancellationToken);
}
