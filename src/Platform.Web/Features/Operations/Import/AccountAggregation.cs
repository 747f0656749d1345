using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Aggregates an operation's staging rows per account into <see cref="AccountFacts"/>. One grouping query per kind of
/// file, keyed only by the columns that kind fills (attacks by account alone, logins by account and address), read
/// in whatever order the database produces and folded per account here (<see cref="AccountFold"/>). All of it is
/// read, on its own connection, before the first account is returned: an account is complete only after the last
/// query, and the linking needs every account anyway. When the rows were folded as this process staged them
/// (<see cref="StagedAccountFolds"/>) and those are all the operation's finished imports, those folds are used instead.
/// </summary>
public sealed class AccountAggregation(AppDbContext db)
{
    // Finished imports only: a running one may still hold rows that its finish removes as duplicates.
    private const string ImportsSql = $"""
        SELECT "Id", "Kind" FROM "OperationImports" WHERE "OperationId" = @op AND "Status" = '{nameof(ImportStatus.Succeeded)}'
        """;

    /// <summary>
    /// The provider and connection are read now, not when the result is first enumerated: the enumeration may run on
    /// another thread (<see cref="Prefetch"/>) while this context writes persons.
    /// </summary>
    public IAsyncEnumerable<AccountFacts> ReadAsync(Guid operationId, StagedAccountFolds? staged, CancellationToken cancellationToken) =>
        ReadAsync(db.Database.GetConnectionString()!, db.Database.IsNpgsql(), operationId, staged, cancellationToken);

    private static async IAsyncEnumerable<AccountFacts> ReadAsync(
        string connectionString, bool postgres, Guid operationId, StagedAccountFolds? staged, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folds = new Dictionary<string, AccountFold>(StringComparer.Ordinal);
        AccountFacts[]? facts = null;
        await using (var connection = postgres ? (DbConnection)new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            // PostgreSQL: a transaction only so that the settings end with it, not with the pooled connection.
            await using var transaction = postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
            if (postgres)
            {
                // More memory, so that an aggregation of millions of groups stays off disk; no JIT, which compiled
                // the plan in the leader and in each parallel worker (0.9 s apiece at 2.7M rows, measured).
                await ExecuteAsync(connection, transaction, "SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)", cancellationToken);
            }

            var imports = await SucceededImportsAsync(connection, transaction, operationId, cancellationToken);
            if (staged is not null && staged.Covers(imports.Select(i => i.Id)))
            {
                facts = staged.TakeFacts();
                imports.Clear();
            }
            else
            {
                await StagingIndex.SummarizeNewRowsAsync(connection, transaction, cancellationToken);
            }

            foreach (var (kind, ids) in imports.GroupBy(i => i.Kind, i => i.Id).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList())))
            {
                // No time limit: grouping an operation of the size (68 million rows) runs for minutes before
                // the first row, past the default 30 seconds; cancellation still stops it.
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandTimeout = 0;
                command.CommandText = GroupedSql(kind, ids.Count);
                for (var i = 0; i < ids.Count; i++)
                {
                    StagingWriters.AddParameter(command, $"@i{i}", ids[i]);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = reader.GetString(0);
                    if (!folds.TryGetValue(key, out var fold))
                    {
                        folds[key] = fold = new AccountFold(key);
                    }

                    Add(fold, kind, reader);
                }
            }
        }

        if (facts is null)
        {
            var done = folds.Values.ToArray();
            folds.Clear();
            facts = AccountFold.ToFacts(done);
        }

        foreach (var account in facts)
        {
            yield return account;
        }
    }

    /// <summary>
    /// Per kind, the columns its mapping can fill (<see cref="CanonicalFields"/>); the rest are empty for that kind and
    /// would only make the grouping wider.
    /// </summary>
    private static string GroupedSql(ImportKind kind, int imports)
    {
        var (columns, keys) = kind switch
        {
            ImportKind.Accounts => ("""MIN("AtMs"), MAX("AtMs"), MAX("StatedAge")""", """ "Username", "Email", "Ip", "Phone" """),
            ImportKind.Logins => ("""MIN("AtMs"), MAX("AtMs")""", """ "Ip" """),
            ImportKind.Payments => ("""COUNT(*), SUM("AmountCents"), MIN("AtMs"), MAX("AtMs")""", """ "PayerEmail", "CryptoAddress", "Country", "Currency" """),
            ImportKind.Attacks => ("""COUNT(*), MIN("AtMs"), MAX("AtMs")""", ""),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var grouped = keys.Length == 0 ? "\"AccountId\"" : $"\"AccountId\", {keys.Trim()}";
        var list = string.Join(", ", Enumerable.Range(0, imports).Select(i => $"@i{i}"));
        // The import ids as values, not a sub-query: PostgreSQL then reads each kind's rows through the import's index
        // (StagingIndex) instead of scanning the whole table once per kind.
        return $"""SELECT {grouped}, {columns} FROM "OperationStagingRows" WHERE "ImportId" IN ({list}) GROUP BY {grouped}""";
    }

    private static void Add(AccountFold fold, ImportKind kind, DbDataReader r)
    {
        switch (kind)
        {
            case ImportKind.Accounts:
                fold.AddAccount(Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Long(r, 5), Long(r, 6), (int?)Long(r, 7));
                break;
            case ImportKind.Logins:
                fold.AddLogins(Text(r, 1), Long(r, 2), Long(r, 3));
                break;
            case ImportKind.Payments:
                fold.AddPayments(Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Long(r, 5) ?? 0, Long(r, 6), Long(r, 7), Long(r, 8));
                break;
            case ImportKind.Attacks:
                fold.AddAttacks(Long(r, 1) ?? 0, Long(r, 2), Long(r, 3));
                break;
        }
    }

    private static async Task<List<(ImportKind Kind, Guid Id)>> SucceededImportsAsync(
        DbConnection connection, DbTransaction? transaction, Guid operationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ImportsSql;
        StagingWriters.AddParameter(command, "@op", operationId);
        var imports = new List<(ImportKind, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            imports.Add((Enum.Parse<ImportKind>(reader.GetString(1)), reader.GetGuid(0)));
        }

        return imports;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // SUM of bigint is numeric in PostgreSQL and MAX of an integer column is an int: those are converted. bigint (and
    // SQLite's every integer) is read as it is: GetValue would box millions of them.
    private static long? Long(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null
        : r.GetFieldType(i) == typeof(long) ? r.GetInt64(i)
        : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
}
