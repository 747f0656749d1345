using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

public sealed record ImportFile(ImportKind Kind, ImportFormat Format, string FileName, string StoredPath);

/// <summary>
/// Registers a stored file as an import of an operation the actor's agency coordinates: records its SHA-256 (chain
/// of custody, audited), refuses a file that is not UTF-8 (naming the byte offset and line) before any row is read,
/// reads the columns and proposes the mapping from known aliases. The same file registered again for the same
/// operation and kind returns the existing import, so an interrupted CLI run resumes it.
/// </summary>
public sealed class RegisterImportHandler(AppDbContext db, ITransactionalAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<OperationImport>> HandleAsync(OperationActor actor, Guid operationId, ImportFile file, CancellationToken cancellationToken)
    {
        var operation = await db.Operations.AsNoTracking().Where(OperationVisibility.VisibleTo(actor.AgencyCode))
            .SingleOrDefaultAsync(o => o.Id == operationId, cancellationToken);
        if (operation is null || operation.CoordinatingAgencyCode != actor.AgencyCode)
        {
            return Outcome.NotFound<OperationImport>();
        }

        FileInspection inspection;
        await using (var stream = File.OpenRead(file.StoredPath))
        {
            inspection = await FileInspection.InspectAsync(stream, cancellationToken);
        }

        if (inspection.EncodingError is not null)
        {
            return Outcome.Invalid<OperationImport>("File", inspection.EncodingError);
        }

        var existing = await db.Set<OperationImport>().AsNoTracking()
            .Where(i => i.OperationId == operationId && i.Kind == file.Kind && i.Sha256 == inspection.Sha256 && i.Status != ImportStatus.Failed)
            .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Outcome.Ok(existing);
        }

        IReadOnlyList<string> columns;
        await using (var stream = File.OpenRead(file.StoredPath))
        using (var reader = SourceReaders.Open(stream, file.Format))
        {
            columns = reader.Columns;
        }

        if (columns.Count == 0)
        {
            return Outcome.Invalid<OperationImport>("File", file.Format == ImportFormat.Csv ? "The file has no header row." : "No JSON object found in the first lines.");
        }

        if (columns.FirstOrDefault(c => c.Contains('\0', StringComparison.Ordinal)) is { } column)
        {
            return Outcome.Invalid<OperationImport>("File",
                $"The column name '{column.Replace('\0', '\uFFFD')}' contains a NUL character, which cannot be stored as text. Remove it and upload the file again.");
        }

        var import = new OperationImport
        {
            OperationId = operationId, Kind = file.Kind, Format = file.Format, FileName = Path.GetFileName(file.FileName),
            StoredPath = Path.GetFullPath(file.StoredPath), Sha256 = inspection.Sha256, SizeBytes = inspection.SizeBytes,
            Columns = [.. columns], Mapping = ColumnMapping.Detect(file.Kind, columns).ToPairs(),
            CreatedAt = clock.GetUtcNow(), CreatedById = actor.MemberId,
        };
        // The import and its chain-of-custody entry commit together: a crash never leaves an unaudited import.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(import);
        await audit.RecordInTransactionAsync(db, new AuditEvent("operation.import.received", nameof(OperationImport), import.Id.ToString(), actor.AgencyCode,
            Details: $"{operation.Code}; {import.Kind}; {import.FileName}; {import.SizeBytes} bytes; sha256 {import.Sha256}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(import);
    }
}
