using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Inserts one batch of staging rows inside the caller's transaction, duplicates included (they are removed when the
/// import finishes, <see cref="FinishImport"/>). PostgreSQL: binary COPY straight into the table. SQLite: one
/// prepared INSERT executed per row.
/// </summary>
public interface IStagingWriter
{
    Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StagingRow> rows, CancellationToken cancellationToken);
}

public static class StagingWriters
{
    public const string Table = "OperationStagingRows";

    /// <summary>Column order shared by both writers.</summary>
    public static readonly string[] Columns =
    [
        "OperationId", "Kind", "RowHash", "ImportId", "RowNumber", "AgencyCode", "AccountId", "Username", "Email", "Ip", "AtMs",
        "Phone", "StatedAge", "AmountCents", "Currency", "PayerEmail", "CryptoAddress", "Country", "Target", "DurationSeconds", "Method",
    ];

    public static IStagingWriter For(AppDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresStagingWriter() : new SqliteStagingWriter();

    /// <summary>Values in <see cref="Columns"/> order; ids as the provider stores them.</summary>
    public static object?[] Values(StagingRow r, Func<Guid, object> id) =>
    [
        id(r.OperationId), (int)r.Kind, r.RowHash, id(r.ImportId), r.RowNumber, r.AgencyCode, r.AccountId, r.Username, r.Email, r.Ip, r.AtMs,
        r.Phone, r.StatedAge, r.AmountCents, r.Currency, r.PayerEmail, r.CryptoAddress, r.Country, r.Target, r.DurationSeconds, r.Method,
    ];

    /// <summary>How SQLite (EF Core) stores a Guid: upper-case text.</summary>
    public static string SqliteId(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>A parameter of the staging SQL; a Guid is passed as the command's provider stores it.</summary>
    public static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value is Guid id && command is SqliteCommand ? SqliteId(id) : value;
        command.Parameters.Add(parameter);
    }
}

internal sealed class SqliteStagingWriter : IStagingWriter
{
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StagingRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var columns = StagingWriters.Columns;
        command.CommandText = $"INSERT INTO \"{StagingWriters.Table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"$p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            var values = StagingWriters.Values(row, id => StagingWriters.SqliteId(id));
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
