using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using static Platform.Web.Features.Operations.Import.BinaryCopyValues;

namespace Platform.Web.Features.Operations.Import;

internal sealed class PostgresStagingWriter : IStagingWriter
{
    private const string Temp = "operation_staging_batch";

    public async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StagingRow> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var columns = string.Join(", ", StagingWriters.Columns.Select(c => $"\"{c}\""));
        await using (var create = new NpgsqlCommand(
                         $"CREATE TEMP TABLE IF NOT EXISTS {Temp} (LIKE \"{StagingWriters.Table}\") ON COMMIT DELETE ROWS", npgsql, (NpgsqlTransaction)transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await npgsql.BeginBinaryImportAsync($"COPY {Temp} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Synchronous writes per value: they only fill Npgsql's buffer (flushed every few KB); the async overloads
            // cost a state machine per value, millions of times per file.
            foreach (var row in rows)
            {
                importer.StartRow();
                WriteRow(importer, row);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand(
            $"INSERT INTO \"{StagingWriters.Table}\" ({columns}) SELECT {columns} FROM {Temp} ORDER BY \"RowNumber\" ON CONFLICT DO NOTHING",
            npgsql, (NpgsqlTransaction)transaction);
        return await insert.ExecuteNonQueryAsync(cancellationToken); // the temp table empties itself on commit
    }

    // Same order as StagingWriters.Columns.
    private static void WriteRow(NpgsqlBinaryImporter w, StagingRow r)
    {
        w.Write(r.OperationId, NpgsqlDbType.Uuid);
        w.Write((int)r.Kind, NpgsqlDbType.Integer);
        w.Write(r.RowHash, NpgsqlDbType.Bytea);
        w.Write(r.ImportId, NpgsqlDbType.Uuid);
        w.Write(r.RowNumber, NpgsqlDbType.Bigint);
        Text(w, r.AgencyCode);
        Text(w, r.AccountId);
        Text(w, r.Username);
        Text(w, r.Email);
        Text(w, r.Ip);
        Number(w, r.AtMs, NpgsqlDbType.Bigint);
        Text(w, r.Phone);
        Number(w, r.StatedAge, NpgsqlDbType.Integer);
        Number(w, r.AmountCents, NpgsqlDbType.Bigint);
        Text(w, r.Currency);
        Text(w, r.PayerEmail);
        Text(w, r.CryptoAddress);
        Text(w, r.Country);
        Text(w, r.Target);
        Number(w, r.DurationSeconds, NpgsqlDbType.Integer);
        Text(w, r.Method);
    }
}
