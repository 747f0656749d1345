using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Tests.Features.Audit;

/// <summary>An attacker with database access switches the triggers off and changes the table: verification notices.</summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.RecordManyAsync(12);
        Assert.True((await _app.VerifyAuditAsync()).Intact);
        await _app.DisableAuditTriggersAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Verify_DetailsEditedInDatabase_ReportsThatSequenceAsEdited()
    {
        await _app.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Details" = 'nothing to see' WHERE "Sequence" = 5""");

        var result = await _app.VerifyAuditAsync(batchSize: 3);

        Assert.False(result.Intact);
        Assert.Equal(5, result.Break!.Sequence);
        Assert.Equal(AuditBreakKind.Edited, result.Break.Kind);
        Assert.Equal(4, result.EntriesChecked);
    }

    [Fact]
    public async Task Verify_EditedWithRecomputedHash_ReportsTheBrokenLink()
    {
        var entry = (await _app.AuditEntriesAsync()).Single(e => e.Sequence == 5);
        var forged = new AuditEntry
        {
            Id = entry.Id, OccurredAt = entry.OccurredAt, ActorName = entry.ActorName, AgencyCode = entry.AgencyCode,
            Action = entry.Action, RecordType = entry.RecordType, RecordId = entry.RecordId, Details = "forged",
        };
        forged.Chain(entry.Sequence, entry.PreviousHash);
        await _app.ExecuteSqlAsync(
            $"""UPDATE "AuditEntries" SET "Details" = 'forged', "ActorMemberId" = NULL, "ActorAgencyCode" = NULL, "Reason" = NULL, "Hash" = '{forged.Hash}' WHERE "Sequence" = 5""");

        var result = await _app.VerifyAuditAsync();

        Assert.Equal(6, result.Break!.Sequence);
        Assert.Equal(AuditBreakKind.ChainBroken, result.Break.Kind);
    }

    [Fact]
    public async Task Verify_MiddleEntryDeleted_ReportsItMissing()
    {
        await _app.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 7""");

        var result = await _app.VerifyAuditAsync();

        Assert.Equal(7, result.Break!.Sequence);
        Assert.Equal(AuditBreakKind.Missing, result.Break.Kind);
        Assert.Equal(6, result.EntriesChecked);
    }

    [Fact]
    public async Task Verify_LastEntryDeleted_ReportsMissingTailThroughTheHead()
    {
        await _app.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 12""");

        var result = await _app.VerifyAuditAsync();

        Assert.Equal(12, result.Break!.Sequence);
        Assert.Equal(AuditBreakKind.Missing, result.Break.Kind);
        Assert.Equal(11, result.EntriesChecked);
        Assert.Contains("end of the trail", result.Break.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_LastEntryReplaced_ReportsHeadMismatch()
    {
        await _app.ExecuteSqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 12""");
        var previous = (await _app.AuditEntriesAsync())[^1];
        var replacement = new AuditEntry { ActorName = "system", AgencyCode = "NL", Action = "test.recorded", OccurredAt = previous.OccurredAt };
        replacement.Chain(12, previous.Hash);
        await _app.WithSystemDbAsync(async db =>
        {
            db.AuditEntries.Add(replacement);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var result = await _app.VerifyAuditAsync();

        Assert.Equal(12, result.Break!.Sequence);
        Assert.Equal(AuditBreakKind.HeadMismatch, result.Break.Kind);
    }

    [Fact]
    public async Task CliAuditVerify_IntactThenTampered_ExitsZeroThenOne()
    {
        var command = _app.Services.GetServices<ICliCommand>().Single(c => c.Name == "audit verify");

        Assert.Equal(0, await command.RunAsync([], _app.Services, TestContext.Current.CancellationToken));

        await _app.ExecuteSqlAsync("""UPDATE "AuditEntries" SET "Reason" = 'tampered' WHERE "Sequence" = 2""");
        Assert.Equal(1, await command.RunAsync([], _app.Services, TestContext.Current.CancellationToken));
    }
}
