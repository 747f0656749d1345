using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

public sealed record ImportProgress(long Rows, long Bytes, long TotalBytes, long Imported, long Quarantined, long Duplicates);

/// <summary>
/// Runs one import from its checkpoint to the end of the file, streaming records and writing them in batches (the next
/// batch is parsed on another thread while the previous one is written, <see cref="Prefetch"/>). Each
/// batch (staging rows, quarantined rows, counts and the new checkpoint) is one transaction, and the checkpoint is
/// advanced only from the value this run read: a run that was killed resumes exactly after the last committed batch,
/// and two runs of the same import at once cannot both commit a batch. A row duplicated within the file is counted and
/// not staged (the hashes of the rows staged so far are kept in memory, reloaded on a resume); rows that an earlier
/// import of the operation already holds are removed once, when the whole file is staged (<see cref="FinishImport"/>).
/// </summary>
public sealed class ImportRunner(AppDbContext db, IConfiguration configuration, TimeProvider clock, FinishImport finish)
{
    public Task<OperationImport> RunAsync(Guid importId, Func<ImportProgress, Task> progress, CancellationToken cancellationToken) =>
        RunAsync(importId, progress, null, cancellationToken);

    /// <summary>
    /// Also folds the rows it stages into <paramref name="staged"/>, for a person build that follows in this process,
    /// when it stages the whole file (not after a resume) and the folds hold every finished import of the operation.
    /// </summary>
    public async Task<OperationImport> RunAsync(Guid importId, Func<ImportProgress, Task> progress, StagedAccountFolds? staged, CancellationToken cancellationToken)
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
        var seen = await StagedRowHashesAsync(import, cancellationToken);
        var fold = await FoldsToUseAsync(import, staged, cancellationToken);
        fold?.Start(import.Id);
        var spent = new ConcurrentQueue<Batch>();
        var batches = ReadBatches(reader, mapper, import, operation.CoordinatingAgencyCode, batchSize, seen, fold, spent);
        await foreach (var batch in Prefetch.AheadAsync(batches, 2, cancellationToken))
        {
            state = await CommitAsync(writer, state, batch, cancellationToken);
            spent.Enqueue(batch);
            await progress(new ImportProgress(state.RowsCommitted, state.BytesCommitted, import.SizeBytes, state.Imported, state.Quarantined, state.Duplicates));
        }

        var removed = await finish.HandleAsync(state, import.SizeBytes, cancellationToken);
        await progress(new ImportProgress(state.RowsCommitted, import.SizeBytes, import.SizeBytes, state.Imported - removed, state.Quarantined, state.Duplicates + removed));
        var finished = await db.Set<OperationImport>().AsNoTracking().SingleAsync(i => i.Id == import.Id, cancellationToken);
        if (removed == 0 && finished.Status == ImportStatus.Succeeded)
        {
            fold?.Complete(import.Id);
        }

        return finished;
    }

    /// <summary>
    /// The folds, when this run stages the whole file and they hold every finished import of the operation so far;
    /// otherwise the build after it groups in SQL anyway, and folding would cost memory and time for nothing.
    /// </summary>
    private async Task<StagedAccountFolds?> FoldsToUseAsync(OperationImport import, StagedAccountFolds? staged, CancellationToken cancellationToken)
    {
        if (staged is null || import.RowsCommitted > 0)
        {
            return null;
        }

        var finished = await db.Set<OperationImport>().AsNoTracking()
            .Where(i => i.OperationId == import.OperationId && i.Status == ImportStatus.Succeeded).Select(i => i.Id).ToListAsync(cancellationToken);
        return staged.Covers(finished) ? staged : null;
    }

    /// <summary>Row hashes an earlier run of this import staged (a resume), so their duplicates later in the file are still found.</summary>
    private async Task<RowHashSet> StagedRowHashesAsync(OperationImport import, CancellationToken cancellationToken)
    {
        var seen = new RowHashSet(import.Imported);
        if (import.RowsCommitted > 0)
        {
            await foreach (var hash in db.Set<StagingRow>().Where(r => r.ImportId == import.Id).Select(r => r.RowHash).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                seen.Add(RowMapper.HashKey(hash));
            }
        }

        return seen;
    }

    /// <summary>
    /// Parses and maps the file from the checkpoint into batches of rows, quarantined rows and a count of duplicated
    /// rows (a row hash already staged by this import: the first occurrence is kept); runs ahead of the commits
    /// (<see cref="Prefetch"/>), and touches neither the database nor the context. Rows it stages are folded into
    /// <paramref name="fold"/> here, on the reading thread; if a commit fails, the import is never completed in it.
    /// Committed batches come back through <paramref name="spent"/> to be filled again: a new batch's list of rows is a
    /// large-object array, and each of those counts towards a full collection.
    /// </summary>
    private static IEnumerable<Batch> ReadBatches(
        ISourceReader reader, RowMapper mapper, OperationImport import, string agencyCode, int batchSize,
        RowHashSet seen, StagedAccountFolds? fold, ConcurrentQueue<Batch> spent)
    {
        var (operationId, importId) = (import.OperationId, import.Id);
        var batch = new Batch(batchSize);
        var rowNumber = import.RowsCommitted;
        var sized = false;
        while (reader.Next() is { } record)
        {
            rowNumber++;
            var (row, reason) = record.Error is not null ? (null, record.Error) : mapper.Map(operationId, importId, agencyCode, rowNumber, record);
            if (row is not null)
            {
                if (seen.Add(RowMapper.HashKey(row.RowHash)))
                {
                    batch.Rows.Add(row);
                    fold?.Add(row);
                }
                else
                {
                    batch.Duplicates++;
                }
            }
            else
            {
                batch.Quarantined.Add(new QuarantinedRow
                {
                    ImportId = importId, RowNumber = rowNumber, Line = record.Line, AgencyCode = agencyCode,
                    Raw = Storable(Truncate(record.Raw.TrimEnd('\r', '\n'), QuarantinedRow.RawLength)), Reason = Storable(Truncate(reason ?? "Unreadable row.", 300)),
                });
            }

            (batch.RowNumber, batch.NextOffset, batch.NextLine) = (rowNumber, record.NextOffset, record.NextLine);
            if (batch.Rows.Count + batch.Quarantined.Count + batch.Duplicates >= batchSize)
            {
                if (!sized)
                {
                    seen.EnsureCapacity(ExpectedRows(import, seen.Count, record.NextOffset));
                    sized = true;
                }

                yield return batch;
                batch = spent.TryDequeue(out var reused) ? reused.Emptied() : new Batch(batchSize);
            }
        }

        if (batch.RowNumber > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The rows the whole file will stage, estimated from the bytes read so far, with a tenth to spare.</summary>
    private static long ExpectedRows(OperationImport import, long staged, long offset)
    {
        var read = offset - import.BytesCommitted;
        return read <= 0 ? staged : staged + (long)((double)(staged - import.Imported) / read * (import.SizeBytes - offset) * 1.1);
    }

    private async Task<OperationImport> CommitAsync(IStagingWriter writer, OperationImport before, Batch batch, CancellationToken cancellationToken)
    {
        var (rows, quarantined, rowNumber) = (batch.Rows, batch.Quarantined, batch.RowNumber);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var imported = before.Imported + rows.Count;
        var quarantinedCount = before.Quarantined + quarantined.Count;
        var duplicates = before.Duplicates + batch.Duplicates;
        // The checkpoint moves first: its row lock makes a second run of the same import wait here and then stop,
        // before it writes any row.
        var advanced = await db.Set<OperationImport>()
            .Where(i => i.Id == before.Id && i.RowsCommitted == before.RowsCommitted)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.RowsCommitted, rowNumber)
                .SetProperty(i => i.BytesCommitted, batch.NextOffset)
                .SetProperty(i => i.LineCommitted, batch.NextLine)
                .SetProperty(i => i.Imported, imported)
                .SetProperty(i => i.Quarantined, quarantinedCount)
                .SetProperty(i => i.Duplicates, duplicates), cancellationToken);
        if (advanced != 1)
        {
            throw new InvalidOperationException($"Import {before.Id} was advanced by another run; this run stops without committing.");
        }

        await writer.InsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), rows, cancellationToken);
        db.AddRange(quarantined);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
        before.RowsCommitted = rowNumber;
        before.BytesCommitted = batch.NextOffset;
        before.LineCommitted = batch.NextLine;
        before.Imported = imported;
        before.Quarantined = quarantinedCount;
        before.Duplicates = duplicates;
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

    // A NUL in the quarantined text is shown as the replacement character: PostgreSQL text cannot hold it.
    private static string Storable(string value) => value.Replace('\0', '\uFFFD');

    /// <summary>Rows and quarantined rows up to <see cref="RowNumber"/>, and the checkpoint after them.</summary>
    private sealed class Batch(int capacity)
    {
        public List<StagingRow> Rows { get; } = new(capacity);

        public List<QuarantinedRow> Quarantined { get; } = [];

        public long Duplicates { get; set; }

        public long RowNumber { get; set; }

        public long NextOffset { get; set; }

        public long NextLine { get; set; }

        public Batch Emptied()
        {
            Rows.Clear();
            Quarantined.Clear();
            (Duplicates, RowNumber, NextOffset, NextLine) = (0, 0, 0, 0);
            return this;
        }
    }
}
