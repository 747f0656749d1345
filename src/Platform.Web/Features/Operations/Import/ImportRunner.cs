using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

public sealed record ImportProgress(long Rows, long Bytes, long TotalBytes, long Imported, long Quarantined, long Duplicates);

/// <summary>
/// Runs one import from its checkpoint to the end of the file, streaming records and writing them in batches. Each
/// batch (staging rows, quarantined rows, counts and the new checkpoint) is one transaction, and the checkpoint is
/// advanced only from the value this run read: a run that was killed resumes exactly after the last committed batch,
/// and two runs of the same import at once cannot both commit a batch. Duplicated rows are removed once, when the
/// whole file is staged (<see cref="FinishImport"/>).
/// </summary>
public sealed class ImportRunner(AppDbContext db, IConfiguration configuration, TimeProvider clock, FinishImport finish)
{
    public async Task<OperationImport> RunAsync(Guid importId, Func<ImportProgress, Task> progress, CancellationToken cancellationToken)
    {
        var import = await db.Set<OperationImport>().AsNoTracking().SingleAsync(i => i.Id == importId, cancellationToken);
        if (import.Status is ImportStatus.Succeeded or ImportStatus.Failed or ImportStatus.AwaitingMapping)
        {
            return import;
        }

        var operation = await db.Operations.AsNoTracking().SingleAsync(o => o.Id == import.OperationId, cancellationToken);
        using var agency = db.Scope.ActAs(operation.CoordinatingAgencyCode);
        var (mapping, error) = ColumnMapping.Parse(import.Kind, import.Columns, import.Mapping);
        error ??= mapping!.MissingRequired(import.Kind) is { Count: > 0 } missing ? $"Required fields are not mapped: {string.Join(", ", missing)}." : null;
        error ??= File.Exists(import.StoredPath) ? null : "The stored file is missing.";
        if (error is not null)
        {
            return await FailAsync(import, error, cancellationToken);
        }

        await SetStatusAsync(import.Id, ImportStatus.Running, cancellationToken);
        var mapper = new RowMapper(import.Kind, import.Columns, mapping!, operation.TakedownDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var batchSize = Math.Max(1, configuration.GetValue("Operations:ImportBatchSize", db.Database.IsNpgsql() ? 20_000 : 5_000));
        var writer = StagingWriters.For(db);
        var stream = new FileStream(import.StoredPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = SourceReaders.Open(stream, import.Format, import.Format == ImportFormat.JsonLines ? import.Columns : null, import.BytesCommitted, import.LineCommitted);
        var state = import;
        var rows = new List<StagingRow>(batchSize);
        var quarantined = new List<QuarantinedRow>();
        long rowNumber = import.RowsCommitted;
        SourceRecord? last = null;
        while (reader.Next() is { } record)
        {
            last = record;
            rowNumber++;
            var (row, reason) = record.Values is null ? (null, record.Error) : mapper.Map(import.OperationId, import.Id, operation.CoordinatingAgencyCode, rowNumber, record.Values);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                quarantined.Add(new QuarantinedRow
                {
                    ImportId = import.Id, RowNumber = rowNumber, Line = record.Line, AgencyCode = operation.CoordinatingAgencyCode,
                    Raw = Truncate(record.Raw.TrimEnd('\r', '\n'), QuarantinedRow.RawLength), Reason = Truncate(reason ?? "Unreadable row.", 300),
                });
            }

            if (rows.Count + quarantined.Count >= batchSize)
            {
                state = await CommitAsync(writer, state, rows, quarantined, rowNumber, record, cancellationToken);
                await progress(new ImportProgress(state.RowsCommitted, state.BytesCommitted, import.SizeBytes, state.Imported, state.Quarantined, state.Duplicates));
            }
        }

        if (last is not null && (rows.Count > 0 || quarantined.Count > 0))
        {
            state = await CommitAsync(writer, state, rows, quarantined, rowNumber, last, cancellationToken);
        }

        var removed = await finish.HandleAsync(state, import.SizeBytes, cancellationToken);
        await progress(new ImportProgress(state.RowsCommitted, import.SizeBytes, import.SizeBytes, state.Imported - removed, state.Quarantined, state.Duplicates + removed));
        return await db.Set<OperationImport>().AsNoTracking().SingleAsync(i => i.Id == import.Id, cancellationToken);
    }

    private async Task<OperationImport> CommitAsync(
        IStagingWriter writer, OperationImport before, List<StagingRow> rows, List<QuarantinedRow> quarantined, long rowNumber, SourceRecord record,
        CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var imported = before.Imported + rows.Count;
        var quarantinedCount = before.Quarantined + quarantined.Count;
        // The checkpoint moves first: its row lock makes a second run of the same import wait here and then stop,
        // before it writes any row.
        var advanced = await db.Set<OperationImport>()
            .Where(i => i.Id == before.Id && i.RowsCommitted == before.RowsCommitted)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.RowsCommitted, rowNumber)
                .SetProperty(i => i.BytesCommitted, record.NextOffset)
                .SetProperty(i => i.LineCommitted, record.NextLine)
                .SetProperty(i => i.Imported, imported)
                .SetProperty(i => i.Quarantined, quarantinedCount), cancellationToken);
        if (advanced != 1)
        {
            throw new InvalidOperationException($"Import {before.Id} was advanced by another run; this run stops without committing.");
        }

        await writer.InsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), rows, cancellationToken);
        db.AddRange(quarantined);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
        rows.Clear();
        quarantined.Clear();
        before.RowsCommitted = rowNumber;
        before.BytesCommitted = record.NextOffset;
        before.LineCommitted = record.NextLine;
        before.Imported = imported;
        before.Quarantined = quarantinedCount;
        return before;
    }

    private async Task SetStatusAsync(Guid id, ImportStatus status, CancellationToken cancellationToken) =>
        await db.Set<OperationImport>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status), cancellationToken);

    private async Task<OperationImport> FailAsync(OperationImport import, string error, CancellationToken cancellationToken)
    {
        await db.Set<OperationImport>().Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, ImportStatus.Failed)
            .SetProperty(i => i.Error, error)
            .SetProperty(i => i.FinishedAt, clock.GetUtcNow()), cancellationToken);
        import.Status = ImportStatus.Failed;
        import.Error = error;
        return import;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
