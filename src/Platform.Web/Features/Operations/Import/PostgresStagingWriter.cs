using System.Data.Common;
using Npgsql;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

internal sealed class PostgresStagingWriter : IStagingWriter
{
    public Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StagingRow> rows, CancellationToken cancellationToken) =>
        PgBinaryCopyWriter.WriteAllAsync((NpgsqlConnection)connection, StagingWriters.Table, StagingWriters.Columns, rows, WriteRow, cancellationToken);

    // Same order as StagingWriters.Columns.
    private static void WriteRow(PgBinaryCopyWriter w, StagingRow r)
    {
        w.Uuid(r.OperationId);
        w.Int32((int)r.Kind);
        w.Bytes(r.RowHash);
        w.Uuid(r.ImportId);
        w.Int64(r.RowNumber);
        w.Text(r.AgencyCode);
        w.Text(r.AccountId);
        w.Text(r.Username);
        w.Text(r.Email);
        w.Text(r.Ip);
        w.Int64(r.AtMs);
        w.Text(r.Phone);
        w.Int32(r.StatedAge);
        w.Int64(r.AmountCents);
        w.Text(r.Currency);
        w.Text(r.PayerEmail);
        w.Text(r.CryptoAddress);
        w.Text(r.Country);
        w.Text(r.Target);
        w.Int32(r.DurationSeconds);
        w.Text(r.Method);
    }
}
