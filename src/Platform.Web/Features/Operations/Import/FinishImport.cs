using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Ends an import whose rows are all staged: removes its rows that an earlier finished import of the same kind in the
/// operation already holds (the earlier occurrence is kept) and marks it succeeded, in one transaction. Duplicates
/// within the file never reach the table (<see cref="ImportRunner"/>), and there is no unique index over row hashes:
/// one over random hashes cost PostgreSQL most of the import's time, while one set-based pass at the end is a single
/// sort, and only when an earlier import of the kind exists.
/// </summary>
/// <remarks>
/// Person builds read finished imports only, so they never see an import's duplicates. Finishes of one operation are
/// serialized (an advisory lock on PostgreSQL; SQLite has one writer), so two imports of overlapping files that end
/// at the same time cannot both keep, or both drop, a shared row. A second run of the same import finds it no longer
/// running and changes nothing.
/// </remarks>
public sealed class FinishImport(AppDbContext db, TimeProvider clock)
{
    // The window runs once over the import's rows and those of earlier finished imports of its kind (both found by
    // index); the first occurrence of each row hash is kept, earlier imports before this one.
    private const string DeleteDuplicates = """
        WITH "Candidates" AS (
          SELECT "ImportId", "RowNumber", "RowHash" FROM "OperationStagingRows" WHERE "ImportId" = @import
          UNION ALL
          SELECT s."ImportId", s."RowNumber", s."RowHash" FROM "OperationStagingRows" AS s
          JOIN "OperationImports" AS i ON i."Id" = s."ImportId"
          WHERE i."OperationId" = @operation AND i."Kind" = @kind AND i."Status" = @succeeded
        ), "Duplicates" AS MATERIALIZED (
          SELECT "RowNumber" FROM (
            SELECT "ImportId", "RowNumber",
                   ROW_NUMBER() OVER (PARTITION BY "RowHash" ORDER BY CASE WHEN "ImportId" = @import THEN 1 ELSE 0 END, "RowNumber") AS "Occurrence"
            FROM "Candidates") AS "Ranked"
          WHERE "ImportId" = @import AND "Occurrence" > 1
        )
        DELETE FROM "OperationStagingRows" WHERE "ImportId" = @import AND "RowNumber" IN (SELECT "RowNumber" FROM "Duplicates")
        """;

    /// <summary>Returns how many duplicated rows were removed; 0 when another run had already finished the import.</summary>
    public async Task<long> HandleAsync(OperationImport import, long sizeBytes, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(import.OperationId)})", cancellationToken);
            }

            // Duplicates within the file were never staged (ImportRunner); only an earlier finished import of the same
            // kind can hold rows this one repeats. Looked up under the lock, so a finish that commits meanwhile counts.
            var earlier = await db.Set<OperationImport>().AnyAsync(
                i => i.OperationId == import.OperationId && i.Kind == import.Kind && i.Status == ImportStatus.Succeeded && i.Id != import.Id, cancellationToken);
            var removed = earlier ? await DeleteDuplicatesAsync(import, cancellationToken) : 0;
            var finished = await db.Set<OperationImport>()
                .Where(i => i.Id == import.Id && i.Status == ImportStatus.Running)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, ImportStatus.Succeeded)
                    .SetProperty(i => i.BytesCommitted, sizeBytes)
                    .SetProperty(i => i.Imported, i => i.Imported - removed)
                    .SetProperty(i => i.Duplicates, i => i.Duplicates + removed)
                    .SetProperty(i => i.FinishedAt, clock.GetUtcNow()), cancellationToken);
            if (finished != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return 0;
            }

            await transaction.CommitAsync(cancellationToken);
            return removed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<long> DeleteDuplicatesAsync(OperationImport import, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // The sort of a large import fits in memory instead of spilling to disk; only for this transaction.
            await db.Database.ExecuteSqlAsync($"SELECT set_config('work_mem', '256MB', true)", cancellationToken);
            await StagingIndex.SummarizeNewRowsAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
            // Statistics from before this file's rows made the planner repeat the window per row (minutes instead of a
            // second); a sample of the table takes a fraction of a second.
            await db.Database.ExecuteSqlAsync($"""ANALYZE "OperationStagingRows" """, cancellationToken);
        }

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = DeleteDuplicates;
        StagingWriters.AddParameter(command, "import", import.Id);
        StagingWriters.AddParameter(command, "operation", import.OperationId);
        StagingWriters.AddParameter(command, "kind", import.Kind.ToString());
        StagingWriters.AddParameter(command, "succeeded", ImportStatus.Succeeded.ToString());
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static long LockKey(Guid operationId) => BitConverter.ToInt64(operationId.ToByteArray(), 0);
}
