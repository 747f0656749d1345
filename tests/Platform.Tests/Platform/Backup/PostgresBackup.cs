using System.Diagnostics;
using Npgsql;

namespace Platform.Tests.Guards.Backup;

/// <summary>
/// The documented backup procedure (docs/backup.md) with the PostgreSQL client tools on PATH:
/// <c>pg_dump -Fc --no-owner</c>, then <c>pg_restore --no-owner</c> into a fresh database.
/// </summary>
internal static class PostgresBackup
{
    public static async Task DumpAsync(string connectionString, string file, CancellationToken ct) =>
        await RunAsync("pg_dump", connectionString, ct, "--format=custom", "--no-owner", "--file", file);

    /// <summary>Creates an empty database next to the source one and restores the dump into it; returns its connection string.</summary>
    public static async Task<string> RestoreIntoNewDatabaseAsync(string sourceConnectionString, string file, string name, CancellationToken ct)
    {
        await ExecuteOnServerAsync(sourceConnectionString, $"CREATE DATABASE \"{name}\"", ct);
        var target = new NpgsqlConnectionStringBuilder(sourceConnectionString) { Database = name }.ConnectionString;
        await RunAsync("pg_restore", target, ct, "--no-owner", "--exit-on-error", file);
        return target;
    }

    public static async Task DropDatabaseAsync(string sourceConnectionString, string name, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync(sourceConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
    }

    /// <summary>Exact row count of every table in the public schema, by table name.</summary>
    public static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        return counts;
    }

    private static async Task ExecuteOnServerAsync(string connectionString, string sql, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task RunAsync(string tool, string connectionString, CancellationToken ct, params string[] arguments)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // libpq reads the password from the environment, so it never appears in a process list.
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add($"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}");
        if (!string.IsNullOrEmpty(b.Password))
        {
            start.Environment["PGPASSWORD"] = b.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
