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
            return new DatabaseOptions(DatabaseProvider.Postgres, postgres);
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        return new DatabaseOptions(
            DatabaseProvider.Sqlite,
            string.IsNullOrWhiteSpace(sqlite) ? $"Data Source={Path.Combine(dataDirectory, "intercop.db")}" : sqlite);
    }
}
