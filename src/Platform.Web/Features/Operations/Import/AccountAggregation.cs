using System.Data.Common;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Aggregates an operation's staging rows per account into <see cref="AccountFacts"/>: SQL groups the rows by account
/// and distinct identifier values (one group holds, e.g., all of an account's attacks), ordered by account, and the
/// groups of one account are folded here while the result streams. PostgreSQL streams on its own connection; SQLite
/// (small deployments) reads the grouped result first, because an open reader there would block the person writes.
/// </summary>
public sealed class AccountAggregation(AppDbContext db)
{
    // Finished imports only: a running one may still hold rows that its finish removes as duplicates.
    private const string GroupedSql = $$"""
        SELECT "AccountId", "Kind", "Ip", "Username", "Email", "Phone", "PayerEmail", "CryptoAddress", "Country", "Currency",
               COUNT(*), SUM("AmountCents"), MIN("AtMs"), MAX("AtMs"), MAX("StatedAge")
        FROM "OperationStagingRows"
        WHERE "ImportId" IN (SELECT "Id" FROM "OperationImports" WHERE "OperationId" = @op AND "Status" = '{{nameof(ImportStatus.Succeeded)}}')
        GROUP BY "AccountId", "Kind", "Ip", "Username", "Email", "Phone", "PayerEmail", "CryptoAddress", "Country", "Currency"

        """;

    private const string SqliteSql = GroupedSql + """ORDER BY "AccountId" """;

    // Byte order sorts several times faster than the database's locale, and the fold only needs equal ids together.
    private const string PostgresSql = GroupedSql + """ORDER BY "AccountId" COLLATE "C" """;

    /// <summary>
    /// The provider and connection are read now, not when the result is first enumerated: the enumeration may run on
    /// another thread (<see cref="Prefetch"/>) while this context writes persons.
    /// </summary>
    public IAsyncEnumerable<AccountFacts> ReadAsync(Guid operationId, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        return FoldAsync(db.Database.IsNpgsql()
            ? StreamPostgresAsync(connectionString, operationId, cancellationToken)
            : ReadSqliteAsync(connectionString, operationId, cancellationToken));
    }

    private static async IAsyncEnumerable<AccountFacts> FoldAsync(IAsyncEnumerable<Group> groups)
    {
        var current = new List<Group>();
        await foreach (var group in groups)
        {
            if (current.Count > 0 && !string.Equals(current[0].AccountId, group.AccountId, StringComparison.Ordinal))
            {
                yield return Fold(current);
                current.Clear();
            }

            current.Add(group);
        }

        if (current.Count > 0)
        {
            yield return Fold(current);
        }
    }

    private static async IAsyncEnumerable<Group> StreamPostgresAsync(string connectionString, Guid operationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A transaction only so that the larger sort memory ends with it, not with the pooled connection: the
        // default 4 MB sends the grouping of millions of rows to disk.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No JIT: PostgreSQL compiled this plan in the leader and in each parallel worker, 0.9 s apiece at 2.7M rows
        // (measured), more than the compiled expressions saved.
        await using (var memory = new NpgsqlCommand("SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)", connection, transaction))
        {
            await memory.ExecuteScalarAsync(cancellationToken);
        }

        // No time limit: the grouping of an operation the size (68 million rows) runs for minutes before the
        // first row, past the default 30 seconds; cancellation still stops it.
        await using var command = new NpgsqlCommand(PostgresSql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("op", operationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Group.From(reader);
        }
    }

    private static async IAsyncEnumerable<Group> ReadSqliteAsync(string connectionString, Guid operationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = new List<Group>();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqliteCommand(SqliteSql, connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("@op", StagingWriters.SqliteId(operationId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                all.Add(Group.From(reader));
            }
        }

        foreach (var group in all)
        {
            yield return group;
        }
    }

    private static AccountFacts Fold(List<Group> groups)
    {
        var account = groups.Where(g => g.Kind == ImportKind.Accounts).ToList();
        var ips = groups.Where(g => g.Ip is not null && IPAddress.TryParse(g.Ip, out _))
            .GroupBy(g => g.Ip!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IpObservation(IPAddress.Parse(g.Key), g.Min(x => x.FirstMs) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null))
            .ToList();
        var payments = groups.Where(g => g.Kind == ImportKind.Payments).ToList();
        var first = groups.Min(g => g.FirstMs);
        var last = groups.Max(g => g.LastMs);
        return new AccountFacts(
            groups[0].AccountId,
            account.Select(g => g.Username).FirstOrDefault(u => u is not null),
            account.Select(g => g.Email).FirstOrDefault(e => e is not null),
            ips,
            Distinct(payments.Select(g => g.PayerEmail)),
            Distinct(payments.Select(g => g.CryptoAddress)),
            Distinct(account.Select(g => g.Phone)),
            Distinct(payments.Select(g => g.Country)),
            (int)payments.Sum(g => g.Count),
            payments.Sum(g => ReferenceRates.ToEuroCents(g.AmountCents ?? 0, g.Currency)),
            (int)groups.Where(g => g.Kind == ImportKind.Attacks).Sum(g => g.Count),
            first is { } f ? DateTimeOffset.FromUnixTimeMilliseconds(f) : null,
            last is { } l ? DateTimeOffset.FromUnixTimeMilliseconds(l) : null,
            groups.Max(g => g.StatedAge));
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private sealed record Group(
        string AccountId, ImportKind Kind, string? Ip, string? Username, string? Email, string? Phone, string? PayerEmail, string? CryptoAddress,
        string? Country, string? Currency, long Count, long? AmountCents, long? FirstMs, long? LastMs, int? StatedAge)
    {
        public static Group From(DbDataReader r) => new(
            r.GetString(0), (ImportKind)Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5),
            Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9), r.GetInt64(10), Long(r, 11), Long(r, 12), Long(r, 13),
            r.IsDBNull(14) ? null : Convert.ToInt32(r.GetValue(14), System.Globalization.CultureInfo.InvariantCulture));

        private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }
}
