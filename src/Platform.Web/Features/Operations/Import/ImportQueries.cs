using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

public sealed record QuarantineView(long RowNumber, long Line, string Raw, string Reason);

/// <summary>An import as its coordinating agency sees it (status, mapping, quarantine); anyone else: not found.</summary>
public sealed class ImportQueries(AppDbContext db)
{
    public async Task<(Operation Operation, OperationImport Import)?> FindAsync(string? agencyCode, Guid operationId, Guid importId, CancellationToken cancellationToken = default)
    {
        var operation = await db.Operations.AsNoTracking().Where(OperationVisibility.VisibleTo(agencyCode))
            .SingleOrDefaultAsync(o => o.Id == operationId, cancellationToken);
        if (operation is null || operation.CoordinatingAgencyCode != agencyCode)
        {
            return null;
        }

        var import = await db.Set<OperationImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.OperationId == operationId, cancellationToken);
        return import is null ? null : (operation, import);
    }

    /// <summary>Quarantined rows (raw text of seized data: agency-filtered like every personal record).</summary>
    public async Task<PageOf<QuarantineView>> QuarantineAsync(Guid importId, int? page, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(page, 50);
        var query = db.Set<QuarantinedRow>().AsNoTracking().Where(r => r.ImportId == importId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.RowNumber).Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new QuarantineView(r.RowNumber, r.Line, r.Raw, r.Reason)).ToListAsync(cancellationToken);
        return new PageOf<QuarantineView>(items, paging.Page, paging.PageSize, total);
    }
}
