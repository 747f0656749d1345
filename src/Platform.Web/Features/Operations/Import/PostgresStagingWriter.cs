using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

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
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                await WriteRowAsync(importer, row, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand(
            $"INSERT INTO \"{StagingWriters.Table}\" ({columns}) SELECT {columns} FROM {Temp} ORDER BY \"RowNumber\" ON CONFLICT DO NOTHING",
            npgsql, (NpgsqlTransaction)transaction);
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        await using var clear = new NpgsqlCommand($"TRUNCATE {Temp}", npgsql, (NpgsqlTransaction)transaction);
        await clear.ExecuteNonQueryAsync(cancellationToken);
        return inserted;
    }

    // Same order as StagingWriters.Columns.
    private static async Task WriteRowAsync(NpgsqlBinaryImporter w, StagingRow r, CancellationToken ct)
    {
        await w.WriteAsync(r.OperationId, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync((int)r.Kind, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(r.RowHash, NpgsqlDbType.Bytea, ct);
        await w.WriteAsync(r.ImportId, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(r.RowNumber, NpgsqlDbType.Bigint, ct);
        await Text(w, r.AgencyCode, ct);
        await Text(w, r.AccountId, ct);
        await Text(w, r.Username, ct);
        await Text(w, r.Email, ct);
        await Text(w, r.Ip, ct);
        await Number(w, r.AtMs, NpgsqlDbType.Bigint, ct);
        await Text(w, r.Phone, ct);
        await Number(w, r.StatedAge, NpgsqlDbType.Integer, ct);
        await Number(w, r.AmountCents, NpgsqlDbType.Bigint, ct);
        await Text(w, r.Currency, ct);
        await Text(w, r.PayerEmail, ct);
        await Text(w, r.CryptoAddress, ct);
        await Text(w, r.Country, ct);
        await Text(w, r.Target, ct);
        await Number(w, r.DurationSeconds, NpgsqlDbType.Integer, ct);
        await Text(w, r.Method, ct);
    }

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task Number<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? w.WriteAsync(v, type, ct) : w.WriteNullAsync(ct);
}
