using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// A person confirms (or edits) the column mapping; missing required fields stop the import before any row. Then the
/// import job is queued (the web path) or the caller runs it (the CLI, with enqueue false).
/// </summary>
public sealed class ConfirmMappingHandler(AppDbContext db, JobQueue jobs, IAuditLog audit)
{
    public async Task<Outcome<OperationImport>> HandleAsync(
        OperationActor actor, Guid importId, IEnumerable<string> pairs, bool enqueue, CancellationToken cancellationToken)
    {
        var import = await db.Set<OperationImport>().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        var operation = import is null ? null : await db.Operations.AsNoTracking()
            .Where(OperationVisibility.VisibleTo(actor.AgencyCode)).SingleOrDefaultAsync(o => o.Id == import.OperationId, cancellationToken);
        if (import is null || operation is null || operation.CoordinatingAgencyCode != actor.AgencyCode)
        {
            return Outcome.NotFound<OperationImport>();
        }

        if (import.Status != ImportStatus.AwaitingMapping)
        {
            return Outcome.Invalid<OperationImport>("Mapping", "This import has already started; its mapping can no longer change.");
        }

        var (mapping, error) = ColumnMapping.Parse(import.Kind, import.Columns, pairs);
        if (error is not null)
        {
            return Outcome.Invalid<OperationImport>("Mapping", error);
        }

        if (mapping!.MissingRequired(import.Kind) is { Count: > 0 } missing)
        {
            return Outcome.Invalid<OperationImport>("Mapping", $"Map a column to each required field: {string.Join(", ", missing)}.");
        }

        import.Mapping = mapping.ToPairs();
        import.Status = ImportStatus.Queued;
        await db.SaveChangesAsync(cancellationToken);
        if (enqueue)
        {
            import.JobId = await jobs.EnqueueAsync(ImportJobHandler.JobKind, actor.AgencyCode, new ImportJobPayload(import.Id), cancellationToken: cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent("operation.import.mapping-confirmed", nameof(OperationImport), import.Id.ToString(), actor.AgencyCode,
            Details: string.Join("; ", import.Mapping)), cancellationToken);
        return Outcome.Ok(import);
    }
}
