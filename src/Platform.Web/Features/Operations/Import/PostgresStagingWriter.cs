using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using static Platform.Web.Features.Operations.Import.BinaryCopyValues;

namespace Platform.Web.Features.Operations.Import;

internal sealed class PostgresStagingWriter : IStagingWriter
{
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StagingRow> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var columns = string.Join(", ", StagingWriters.Columns.Select(c => $"\"{c}\""));
        await using var importer = await npgsql.BeginBinaryImportAsync(
            $"COPY \"{StagingWriters.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Synchronous writes per value: they only fill Npgsql's buffer (flushed every few KB); the async overloads
        // cost a state machine per value, millions of times per file.
        foreach (var row in rows)
        {
            importer.StartRow();
            WriteRow(importer, row);
        }

        await importer.CompleteAsync(cancellationToken);
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
