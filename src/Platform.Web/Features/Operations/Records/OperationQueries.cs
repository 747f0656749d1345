using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

/// <summary>Operation records as a participating country sees them; any other operation is "not found".</summary>
public sealed class OperationQueries(AppDbContext db)
{
    public async Task<PageOf<OperationSummary>> ListAsync(string? agencyCode, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(page, pageSize);
        var query = db.Operations.AsNoTracking().Where(OperationVisibility.VisibleTo(agencyCode));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Code)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(o => new
            {
                o.Id, o.Code, o.Name, o.TargetService, o.ServiceType, o.CoordinatingAgencyCode, o.TakedownDate, o.Status,
                Participants = o.Participants.Select(p => p.AgencyCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(o => new OperationSummary(o.Id, o.Code, o.Name, o.TargetService, o.ServiceType, o.CoordinatingAgencyCode,
            o.TakedownDate, o.Status, o.Participants.Order(StringComparer.Ordinal).ToList())).ToList();
        return new PageOf<OperationSummary>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<Operation?> FindAsync(string? agencyCode, Guid id, CancellationToken cancellationToken = default) =>
        await db.Operations.AsNoTracking().Include(o => o.Participants)
            .Where(OperationVisibility.VisibleTo(agencyCode)).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<Operation?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Operations.AsNoTracking().Include(o => o.Participants)
            .SingleOrDefaultAsync(o => o.Code == code.Trim().ToUpperInvariant(), cancellationToken);
}
