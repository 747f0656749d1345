using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.Audit;

/// <summary>Arranges audit entries through the real service, and tampers with them as an attacker with database access would.</summary>
internal static class AuditTestData
{
    public static async Task RecordAsync(this AppFactory app, AuditEvent auditEvent) =>
        await app.WithScopeAsync(sp => sp.GetRequiredService<IAuditLog>().RecordAsync(auditEvent, TestContext.Current.CancellationToken));

    public static async Task<List<AuditEntry>> AuditEntriesAsync(this AppFactory app)
    {
        List<AuditEntry> entries = [];
        await app.WithSystemDbAsync(async db =>
            entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken));
        return entries;
    }

    public static async Task<AuditEntry> LastAuditEntryAsync(this AppFactory app) => (await app.AuditEntriesAsync())[^1];

    public static async Task<AuditVerification> VerifyAuditAsync(this AppFactory app, int batchSize = AuditChainVerifier.DefaultBatchSize) =>
        await app.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(batchSize, TestContext.Current.CancellationToken);

    public static async Task ExecuteSqlAsync(this AppFactory app, string sql) =>
        await app.WithSystemDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken));

    /// <summary>What an attacker with database rights does first: switch the append-only triggers off.</summary>
    public static async Task DisableAuditTriggersAsync(this AppFactory app) =>
        await app.ExecuteSqlAsync(app.Database.IsPostgres
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER USER; ALTER TABLE "AuditChainHead" DISABLE TRIGGER USER;"""
            : """
              DROP TRIGGER "AuditEntries_no_update"; DROP TRIGGER "AuditEntries_no_delete";
              DROP TRIGGER "AuditChainHead_forward_only"; DROP TRIGGER "AuditChainHead_no_delete";
              """);

    public static async Task RecordManyAsync(this AppFactory app, int count, string action = "test.recorded")
    {
        for (var i = 0; i < count; i++)
        {
            await app.RecordAsync(new AuditEvent(action, "Thing", $"thing-{i}", "NL", Details: $"entry {i}"));
        }
    }
}
