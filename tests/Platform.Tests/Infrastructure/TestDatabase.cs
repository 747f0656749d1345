using Npgsql;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// One fresh database per test host. SQLite by default; PostgreSQL when INTERCOP_TEST_POSTGRES holds a server
/// connection string (scripts/test.sh sets it for the second pass over the whole suite).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string _name = "intercop_test_" + Guid.NewGuid().ToString("N")[..12];

    public TestDatabase(string dataDirectory)
    {
        _postgresAdmin = Environment.GetEnvironmentVariable("INTERCOP_TEST_POSTGRES");
        DataDirectory = dataDirectory;
        ConnectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _name, Pooling = true }.ConnectionString
            : $"Data Source={Path.Combine(dataDirectory, "test.db")}";
    }

    public static bool PostgresRequested => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("INTERCOP_TEST_POSTGRES"));

    public bool IsPostgres => !string.IsNullOrWhiteSpace(_postgresAdmin);

    public string DataDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration key that selects this provider in the app.</summary>
    public string ConnectionStringKey => IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite";

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
