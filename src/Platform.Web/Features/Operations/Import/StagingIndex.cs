using System.Data.Common;
using Npgsql;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// The staging rows are found by import through a block-range (BRIN) index on PostgreSQL: an import's rows lie
/// together at the end of the table, so one entry per range of pages finds them. A primary key on (import, row
/// number) cost a third of the server's time to stage them (12.4 s of CPU for 10M attack rows, 8.7 s without it),
/// and nothing needs it: the checkpoint, committed with each batch, already keeps a row from being staged twice.
/// SQLite, the try-out database, has a plain index instead.
/// </summary>
/// <remarks>
/// New ranges enter a BRIN index when they are summarized (by VACUUM, or <see cref="SummarizeNewRowsAsync"/>);
/// until then every query scans them. The reads that go through many rows call it first.
/// </remarks>
public static class StagingIndex
{
    public const string Name = "IX_OperationStagingRows_ImportId";

    /// <summary>Summarizes the ranges added since the last summary (about a second for 10M rows); nothing on SQLite.</summary>
    public static async Task SummarizeNewRowsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (connection is not NpgsqlConnection)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        command.CommandText = $"""SELECT brin_summarize_new_values('"{Name}"'::regclass)""";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
