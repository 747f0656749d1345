using System.Data.Common;
using Npgsql;

namespace Platform.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>PostgreSQL is chosen by setting ConnectionStrings:Postgres; otherwise a SQLite file in the data folder.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions From(IConfiguration configuration, string dataDirectory)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new DatabaseOptions(DatabaseProvider.Postgres, WithPoolDefaults(postgres));
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        return new DatabaseOptions(
            DatabaseProvider.Sqlite,
            string.IsNullOrWhiteSpace(sqlite) ? $"Data Source={Path.Combine(dataDirectory, "intercop.db")}" : sqlite);
    }

    /// <summary>Prepared statements kept per pooled connection unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Unless the connection string says otherwise (an explicit value wins; "Max Auto Prepare=0" turns preparing
    /// off): statements a connection runs a few times are prepared on the server, and a pooled connection is reused
    /// without DISCARD ALL, which would drop them. Without both, PostgreSQL parsed and planned every statement of every
    /// request anew (PostgreSQL CPU per case-list request fell from ~2.4 ms to ~0.3 ms, docs/quality.md). Safe because
    /// the platform keeps no session state on a connection: it creates no temp tables, and the settings it changes
    /// (sort memory for an import's large queries) are local to their transaction.
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
