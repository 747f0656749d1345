using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>
/// The erasure and its deletion certificate commit together: a crash after every row is deleted and the certificate
/// appended, but before the commit, leaves the case whole and no certificate; the resumed run then does both once.
/// </summary>
public sealed class CaseEraserAtomicityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EraseCaseAsync_FailureBeforeCommit_LeavesNeitherErasureNorCertificateThenResumesOnce()
    {
        await using var app = await RetentionTests.StartAsync();
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var arranged = await app.CreateCompletedCaseAsync("NL", worker.Id, app.Clock.GetUtcNow().AddMonths(-90));
        var headBefore = await HeadAsync(app);

        var failure = await Assert.ThrowsAsync<IOException>(() => EraseAsync(app, arranged.CaseId, failBeforeCommit: true));
        Assert.Equal(FailingBeforeCommit.Message, failure.Message);

        await app.WithSystemDbAsync(async db =>
        {
            Assert.True(await db.Cases.AnyAsync(c => c.Id == arranged.CaseId, Ct));
            Assert.True(await db.SessionRecords.AnyAsync(s => s.CaseId == arranged.CaseId, Ct));
            Assert.False(await db.Set<CaseStatisticsRow>().AnyAsync(Ct));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "retention.erased", Ct));
        });
        Assert.Equal(headBefore, await HeadAsync(app));

        var certificate = await EraseAsync(app, arranged.CaseId, failBeforeCommit: false);
        var again = await EraseAsync(app, arranged.CaseId, failBeforeCommit: false);

        Assert.Contains(arranged.CaseNumber, certificate, StringComparison.Ordinal);
        Assert.Null(again);
        await app.WithSystemDbAsync(async db =>
        {
            Assert.False(await db.Cases.AnyAsync(c => c.Id == arranged.CaseId, Ct));
            Assert.Equal(1, await db.Set<CaseStatisticsRow>().CountAsync(Ct));
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == "retention.erased", Ct);
            Assert.Equal((arranged.CaseId.ToString(), headBefore.Sequence + 1), (entry.RecordId, entry.Sequence));
        });
        Assert.Null((await app.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct)).Break);
    }

    [Fact]
    public async Task RecordInTransactionAsync_WithoutTransaction_Throws()
    {
        await using var app = await RetentionTests.StartAsync();

        await app.WithScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<ITransactionalAuditLog>();
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                audit.RecordInTransactionAsync(sp.GetRequiredService<AppDbContext>(), new AuditEvent("test.recorded"), Ct));
        });
    }

    private static async Task<string?> EraseAsync(AppFactory app, Guid caseId, bool failBeforeCommit) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            using var scope = db.Scope.ActAs("NL");
            var audit = sp.GetRequiredService<ITransactionalAuditLog>();
            var eraser = new CaseEraser(db, sp.GetServices<ICaseErasureParticipant>(),
                failBeforeCommit ? new FailingBeforeCommit(audit) : audit);
            return await eraser.EraseCaseAsync(caseId, "approved by reviewer", Ct);
        });

    private static async Task<(long Sequence, string Hash)> HeadAsync(AppFactory app)
    {
        (long, string) head = default;
        await app.WithSystemDbAsync(async db =>
        {
            var row = await db.AuditChainHeads.AsNoTracking().SingleAsync(Ct);
            head = (row.LastSequence, row.LastHash);
        });
        return head;
    }

    /// <summary>Appends the certificate for real, then fails as a crash would before the eraser commits.</summary>
    private sealed class FailingBeforeCommit(ITransactionalAuditLog inner) : ITransactionalAuditLog
    {
        public const string Message = "simulated crash before commit";

        public async Task RecordInTransactionAsync(AppDbContext db, AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            await inner.RecordInTransactionAsync(db, auditEvent, cancellationToken);
            Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == auditEvent.Action, cancellationToken));
            throw new IOException(Message);
        }
    }
}
