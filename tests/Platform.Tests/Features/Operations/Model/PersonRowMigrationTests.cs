using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Operations.Model;

/// <summary>
/// Migrations EvidenceInsideThePerson and PseudonymsInsideThePerson move each person's evidence rows (in the order they
/// were written) and keyed pseudonyms (distinct) into its row, and their Down() gives the rows back: persons built
/// before the upgrade keep the facts behind them and are still recognised in a later operation.
/// </summary>
public sealed class PersonRowMigrationTests
{
    private const string Person = "0197a000-0000-7000-8000-000000000001";
    private const string PersonWithout = "0197a000-0000-7000-8000-000000000002";

    [Fact]
    public async Task UpAndDown_PersonsBuiltBefore_KeepTheirEvidence()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("intercop-evidence-migration-").FullName;
        var database = new TestDatabase(folder);
        try
        {
            await using var db = database.IsPostgres
                ? (AppDbContext)new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options)
                : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options);
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var evidenceInside = migrations.Single(m => m.EndsWith("_EvidenceInsideThePerson", StringComparison.Ordinal));
            var pseudonymsInside = migrations.Single(m => m.EndsWith("_PseudonymsInsideThePerson", StringComparison.Ordinal));
            var before = migrations[migrations.IndexOf(evidenceInside) - 1];
            await migrator.MigrateAsync(before, cancellationToken: ct);
            await InsertPersonsWithRowsAsync(db, database.IsPostgres, ct);

            await migrator.MigrateAsync(pseudonymsInside, cancellationToken: ct);

            var persons = await db.OperationPersons.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id.ToString(), ct);
            Assert.Equal(
                ["IpCountry 10.0.0.1 NL 7 -", "EmailCountryDomain ziggo.nl NL 1 -", "AnalystDecision NL NL 1 Checked by NL"],
                persons[Person].Evidence.Select(e => $"{e.Kind} {e.Value} {e.Country ?? "-"} {e.Count} {e.Detail ?? "-"}"));
            Assert.Empty(persons[PersonWithout].Evidence);
            Assert.Equal(["AAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBB"], persons[Person].Pseudonyms.Order(StringComparer.Ordinal));
            Assert.Empty(persons[PersonWithout].Pseudonyms);

            await migrator.MigrateAsync(before, cancellationToken: ct);

            var rows = await db.Database.SqlQueryRaw<string>(
                """SELECT "Kind" || ' ' || "Value" || ' ' || "AgencyCode" || ' ' || "Count" AS "Value" FROM "PersonEvidence" """).ToListAsync(ct);
            Assert.Equal(["AnalystDecision NL NL 1", "EmailCountryDomain ziggo.nl NL 1", "IpCountry 10.0.0.1 NL 7"], rows.Order(StringComparer.Ordinal));
            var pseudonymRows = await db.Database.SqlQueryRaw<string>(
                """SELECT "Pseudonym" || ' ' || "AgencyCode" AS "Value" FROM "PersonPseudonyms" """).ToListAsync(ct);
            Assert.Equal(["AAAAAAAAAAAAAAAA NL", "BBBBBBBBBBBBBBBB NL"], pseudonymRows.Order(StringComparer.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Rows as the schema before the migration held them (written by SQL: today's model no longer fits it).</summary>
    private static async Task InsertPersonsWithRowsAsync(AppDbContext db, bool postgres, CancellationToken ct)
    {
        var operation = "0197a000-0000-7000-8000-0000000000aa";
        var (emptyList, now, id) = postgres
            ? ("ARRAY[]::text[]", "'2026-06-01T00:00:00Z'", (Func<string, string>)(g => $"'{g}'"))
            : ("'[]'", "'2026-06-01 00:00:00+00:00'", g => $"'{g.ToUpperInvariant()}'");
        // Fixed test values only: nothing here comes from input.
        var sql = $"""
            INSERT INTO "Agencies" ("Code", "CountryName", "Name", "TimeZone", "DefaultLanguage", "IsActive", "JoinedAt")
            VALUES ('NL', 'Netherlands', 'Team NL', 'Europe/Amsterdam', 'nl', true, {now});
            INSERT INTO "Operations" ("Id", "Code", "Name", "TargetService", "ServiceType", "CoordinatingAgencyCode", "LegalBasisNote", "Status", "CreatedAt", "CreatedById")
            VALUES ({id(operation)}, 'OP-1', 'Operation', 'booter.example', 'Booter', 'NL', 'Court order', 'Open', {now}, 'admin');
            INSERT INTO "OperationPersons" ("Id", "OperationId", "AgencyCode", "PersonKey", "Confidence", "NeedsReview", "AccountCount", "Usernames", "Emails", "Paid", "PaymentCount", "AmountPaidCents", "AttackCount", "CreatedAt", "UpdatedAt")
            VALUES ({id(Person)}, {id(operation)}, 'NL', 'k1', 'High', false, 1, {emptyList}, {emptyList}, false, 0, 0, 0, {now}, {now}),
                   ({id(PersonWithout)}, {id(operation)}, 'NL', 'k2', 'None', true, 1, {emptyList}, {emptyList}, false, 0, 0, 0, {now}, {now});
            INSERT INTO "PersonEvidence" ("Id", "PersonId", "AgencyCode", "Kind", "Value", "Country", "Count", "Detail")
            VALUES ({id("0197a000-0000-7000-8000-000000000011")}, {id(Person)}, 'NL', 'IpCountry', '10.0.0.1', 'NL', 7, NULL),
                   ({id("0197a000-0000-7000-8000-000000000012")}, {id(Person)}, 'NL', 'EmailCountryDomain', 'ziggo.nl', 'NL', 1, NULL),
                   ({id("0197a000-0000-7000-8000-000000000013")}, {id(Person)}, 'NL', 'AnalystDecision', 'NL', 'NL', 1, 'Checked by NL');
            INSERT INTO "PersonPseudonyms" ("Id", "AgencyCode", "OperationId", "PersonId", "IdentifierKind", "Pseudonym")
            VALUES ({id("0197a000-0000-7000-8000-000000000021")}, 'NL', {id(operation)}, {id(Person)}, 'email', 'AAAAAAAAAAAAAAAA'),
                   ({id("0197a000-0000-7000-8000-000000000022")}, 'NL', {id(operation)}, {id(Person)}, 'username', 'AAAAAAAAAAAAAAAA'),
                   ({id("0197a000-0000-7000-8000-000000000023")}, 'NL', {id(operation)}, {id(Person)}, 'phone', 'BBBBBBBBBBBBBBBB');
            """;
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
