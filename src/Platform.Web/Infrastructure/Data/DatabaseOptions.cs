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

    /// <summary>
    /// Unless the connection string says otherwise: no DISCARD ALL when a pooled connection is reused, and statements
    /// used twice are prepared on the server. Without them PostgreSQL parsed and planned every statement of every
    /// request anew (a request's PostgreSQL CPU fell from ~2.4 ms to ~0.3 ms on the case list). Safe because the
    /// platform keeps no session state on a connection: its one temp table is created IF NOT EXISTS and empties on
    /// commit, and it sets no session settings.
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
