using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.Cases.Protection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Protection;

namespace Platform.Tests.Guards.Backup;

/// <summary>
/// The procedure of docs/backup.md on a populated database (demo network, knowledge catalogue, a case with
/// encrypted identity, audit trail): dump, restore into a fresh database, and check nothing was lost.
/// </summary>
public sealed class BackupRoundTripTests
{
    private const string PersonName = "Backup Roundtrip Person";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DumpAndRestore_PopulatedDatabase_SameRowsAuditChainIntactAndIdentityOpensWithSameKeyRing()
    {
        Assert.SkipUnless(TestDatabase.PostgresRequested, "pg_dump/pg_restore round trip: PostgreSQL only (INTERCOP_TEST_POSTGRES).");
        await using var source = new AppFactory().WithSetting("Demo:Seed", "true");
        await source.InitializeAsync();
        var caseId = await PopulateAsync(source);
        var before = await PostgresBackup.RowCountsAsync(source.Database.ConnectionString, Ct);
        Assert.All(new[] { "AspNetUsers", "Agencies", "Interventions", "Cases", "AuditEntries", "AgencyKeys" }, t => Assert.True(before[t] > 0, $"{t} is empty"));

        var dump = Path.Combine(source.DataDirectory, "intercop.dump");
        await PostgresBackup.DumpAsync(source.Database.ConnectionString, dump, Ct);
        var restoredName = "intercop_restore_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var restoredConnection = await PostgresBackup.RestoreIntoNewDatabaseAsync(source.Database.ConnectionString, dump, restoredName, Ct);
            Assert.Equal(before, await PostgresBackup.RowCountsAsync(restoredConnection, Ct));

            // The restored database with the backed-up key ring folder: the audit chain verifies, identity opens.
            await using var restored = new AppFactory()
                .WithSetting("ConnectionStrings:Postgres", restoredConnection)
                .WithSetting("Platform:DataDirectory", source.DataDirectory);
            await restored.InitializeAsync();
            var verification = await restored.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
            Assert.Null(verification.Break);
            Assert.Equal(before["AuditEntries"], verification.EntriesChecked);
            Assert.Equal(PersonName, await RevealNameAsync(restored, caseId));

            // Without the key ring folder the database alone is useless for identity: why docs/backup.md insists on both.
            await using var withoutKeys = new AppFactory().WithSetting("ConnectionStrings:Postgres", restoredConnection);
            await withoutKeys.InitializeAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => RevealNameAsync(withoutKeys, caseId));
        }
        finally
        {
            await PostgresBackup.DropDatabaseAsync(source.Database.ConnectionString, restoredName, Ct);
        }
    }

    private static async Task<Guid> PopulateAsync(AppFactory app)
    {
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var arranged = await app.CreateCompletedCaseAsync("NL", worker.Id, app.Clock.GetUtcNow(), name: PersonName, stage: CaseStage.Enrolled);
        await app.WithScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditLog>();
            for (var i = 0; i < 3; i++)
            {
                await audit.RecordAsync(new AuditEvent("backup.test", "Case", arranged.CaseId.ToString(), "NL", null, $"entry {i}"), Ct);
            }
        });
        _ = await app.SignInAsync(worker); // a real sign-in adds its own audit entry
        return arranged.CaseId;
    }

    private static async Task<string?> RevealNameAsync(AppFactory app, Guid caseId)
    {
        string? name = null;
        await app.WithSystemDbAsync(async db =>
        {
            var stored = await db.Set<Case>().AsNoTracking().SingleAsync(c => c.Id == caseId, Ct);
            Assert.True(SensitiveFields.IsProtected(stored.NameProtected));
            var protector = app.Services.GetRequiredService<IAgencyDataProtector>();
            name = SensitiveFields.Reveal(protector, "NL", stored)[nameof(Case.NameProtected)];
        });
        return name;
    }
}
