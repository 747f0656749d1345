using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Benchmarks;

/// <summary>
/// A migrated database with the synthetic catalogue, indexed by the platform's own indexer. Built once and
/// reused (SQLite file in the temp folder, PostgreSQL database "intercop_bench_search_v2" on INTERCOP_BENCH_POSTGRES).
/// </summary>
internal sealed class BenchDatabase(string provider, int profiles)
{
    public string Provider => provider;

    private string ConnectionString => provider == "Postgres"
        ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("INTERCOP_BENCH_POSTGRES")) { Database = "intercop_bench_search_v2" }.ConnectionString
        : $"Data Source={Path.Combine(Path.GetTempPath(), $"intercop-bench-search-v2-{profiles}.db")}";

    private DbContextOptions<PostgresAppDbContext>? _postgresOptions;
    private DbContextOptions<SqliteAppDbContext>? _sqliteOptions;

    /// <summary>A new context per search on options built once; the host pools its contexts, so this is its slower case.</summary>
    public AppDbContext CreateContext()
    {
        AppDbContext db = provider == "Postgres"
            ? new PostgresAppDbContext(_postgresOptions ??= new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(DatabaseOptions.WithPoolDefaults(ConnectionString)).Options)
            : new SqliteAppDbContext(_sqliteOptions ??= new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options);
        db.UseScope(new AgencyScope(new HttpContextAccessor()));
        return db;
    }

    public async Task EnsureSeededAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        if (await db.Interventions.CountAsync() == profiles && await db.Set<KnowledgeSearchEntry>().CountAsync() == profiles)
        {
            return;
        }

        Console.WriteLine($"// Seeding {profiles} synthetic profiles into {provider}…");
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        db.Agencies.AddRange(SyntheticCatalogue.Agencies.Select(code => new Agency
        {
            Code = code, CountryName = code, Name = $"COP team {code}", JoinedAt = DateTimeOffset.UnixEpoch,
        }));
        var (interventions, texts) = SyntheticCatalogue.Generate(profiles);
        foreach (var batch in interventions.Chunk(1000))
        {
            db.Interventions.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        foreach (var batch in texts.Chunk(1000))
        {
            db.InterventionTexts.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await KnowledgeIndexer.RebuildAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
        if (provider == "Postgres")
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            SqliteConnection.ClearAllPools();
        }
    }
}
