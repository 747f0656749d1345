using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// Guards the two migration sets (Infrastructure/Data/Migrations/Sqlite and /Postgres): a model change without a
/// migration for both providers, or migrations that differ between providers, fail here. Fix with
/// scripts/add-migration.sh &lt;Name&gt;.
/// </summary>
public sealed class MigrationTests
{
    // Building the model needs no server: these connection strings are never opened.
    private static SqliteAppDbContext Sqlite(string connectionString = "Data Source=:memory:") =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options);

    private static PostgresAppDbContext Postgres(string connectionString = "Host=127.0.0.1;Database=model_only") =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public void SqliteModel_ComparedWithMigrations_HasNoPendingChanges()
    {
        using var db = Sqlite();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the SQLite migrations. Run scripts/add-migration.sh <Name> (it adds one for both providers).");
    }

    [Fact]
    public void PostgresModel_ComparedWithMigrations_HasNoPendingChanges()
    {
        using var db = Postgres();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the PostgreSQL migrations. Run scripts/add-migration.sh <Name> (it adds one for both providers).");
    }

    [Fact]
    public void Migrations_OfBothProviders_HaveTheSameStepsInTheSameOrder()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var sqliteSteps = sqlite.Database.GetMigrations().Select(StepName).ToList();
        var postgresSteps = postgres.Database.GetMigrations().Select(StepName).ToList();

        Assert.NotEmpty(sqliteSteps);
        Assert.Equal(sqliteSteps, postgresSteps);
    }

    [Fact]
    public async Task Migrations_OnEmptyDatabaseOfActiveProvider_ApplyAllAndRevertAll()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("intercop-migrations-").FullName;
        var database = new TestDatabase(folder);
        try
        {
            await using (var db = database.IsPostgres ? (AppDbContext)Postgres(database.ConnectionString) : Sqlite(database.ConnectionString))
            {
                await db.Database.MigrateAsync(ct);

                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
                Assert.False(db.Database.HasPendingModelChanges());

                // The schema really works: a row goes in and comes back, with its time unchanged.
                var joined = new DateTimeOffset(2026, 3, 1, 12, 30, 15, TimeSpan.Zero);
                db.Agencies.Add(new Agency { Code = "NL", CountryName = "Netherlands", Name = "Team NL", JoinedAt = joined });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                Assert.Equal(joined, (await db.Agencies.SingleAsync(a => a.Code == "NL", ct)).JoinedAt);

                // Every Down() works, so a release can be rolled back.
                await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase, cancellationToken: ct);

                Assert.Empty(await db.Database.GetAppliedMigrationsAsync(ct));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>"20261123162947_Initial" → "Initial": ids carry the time each provider's migration was generated.</summary>
    private static string StepName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
