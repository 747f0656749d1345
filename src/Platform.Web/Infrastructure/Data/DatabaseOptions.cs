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
            return new DatabaseOptions(DatabaseProvider.Postgres, WithPostgresDefaults(postgres));
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        return new DatabaseOptions(
            DatabaseProvider.Sqlite,
            string.IsNullOrWhiteSpace(sqlite) ? $"Data Source={Path.Combine(dataDirectory, "intercop.db")}" : sqlite);
    }

    /// <summary>Prepared statements kept per pooled connection unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 50;

    /// <summary>
    /// Npgsql auto-prepare: a statement run a few times on a connection is prepared on the server, which then skips
    /// parsing and planning it on later runs. Pages run the same few statements over and over, and that halved
    /// PostgreSQL's CPU per page under load (docs/quality.md, load section). An explicit "Max Auto Prepare" wins
    /// (0 turns it off).
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }
}
