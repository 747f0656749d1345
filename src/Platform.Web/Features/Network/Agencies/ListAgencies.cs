using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Agencies;

/// <summary>All agencies, active or not, for network admins. The network has a few dozen countries: no paging needed.</summary>
public sealed class ListAgenciesHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<AgencyView>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.CountryName).ToListAsync(cancellationToken);
        return [.. agencies.Select(AgencyView.From)];
    }

    public async Task<AgencyView?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = code.ToUpperInvariant();
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == normalized, cancellationToken);
        return agency is null ? null : AgencyView.From(agency);
    }
}
