using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Audit;

public sealed class AuditChainTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task RecordAsync_ManyEntries_ChainIsGapFreeAndVerifiesAcrossBatches()
    {
        await app.RecordManyAsync(150);

        var entries = await app.AuditEntriesAsync();
        var result = await app.VerifyAuditAsync(batchSize: 16);

        Assert.True(result.Intact, result.Break?.Explanation);
        Assert.Equal(entries.Count, result.EntriesChecked);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task RecordAsync_FortyParallelScopes_LeaveGapFreeValidChain()
    {
        var before = (await app.AuditEntriesAsync()).Count;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            app.RecordAsync(new AuditEvent("test.parallel", "Thing", $"parallel-{i}", "NL")))));

        var entries = await app.AuditEntriesAsync();
        Assert.Equal(before + 40, entries.Count);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(40, entries.Count(e => e.Action == "test.parallel"));
        var result = await app.VerifyAuditAsync();
        Assert.True(result.Intact, result.Break?.Explanation);
        await app.WithSystemDbAsync(async db =>
        {
            var head = await db.AuditChainHeads.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(entries[^1].Sequence, head.LastSequence);
            Assert.Equal(entries[^1].Hash, head.LastHash);
        });
    }

    [Fact]
    public async Task RecordAsync_WithoutHttpContext_RecordsSystemActorAtNetworkLevel()
    {
        var now = app.Clock.GetUtcNow();

        await app.RecordAsync(new AuditEvent("retention.ran", Details: "nightly"));

        var entry = await app.LastAuditEntryAsync();
        Assert.Equal("system", entry.ActorName);
        Assert.Null(entry.ActorMemberId);
        Assert.Equal(AuditEntry.NetworkAgencyCode, entry.AgencyCode);
        Assert.Null(entry.ClientAddress);
        Assert.InRange(entry.OccurredAt, now, now.AddSeconds(1));
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Fact]
    public async Task RecordAsync_RecordAgency_TakesPrecedenceOverActorAgency()
    {
        await app.RecordAsync(new AuditEvent("case.viewed", "Case", "c-1", "BE", Actor: new AuditActor("m-1", "Officer", "NL")));
        Assert.Equal(("BE", "NL"), await AgenciesOfLastAsync());

        await app.RecordAsync(new AuditEvent("case.viewed", "Case", "c-2", Actor: new AuditActor("m-1", "Officer", "NL")));
        Assert.Equal(("NL", "NL"), await AgenciesOfLastAsync());
    }

    [Fact]
    public async Task RecordAsync_OverlongAndUnusualText_IsClippedAndStillVerifies()
    {
        var details = "nul\0 lone \ud800 surrogate, emoji 😀 " + new string('x', 3000);

        await app.RecordAsync(new AuditEvent("test.odd", Details: details, Reason: "😀".PadLeft(AuditEntry.ReasonLength, 'r')));

        var entry = await app.LastAuditEntryAsync();
        Assert.Equal(AuditEntry.DetailsLength, entry.Details!.Length);
        Assert.DoesNotContain('\0', entry.Details);
        Assert.False(char.IsHighSurrogate(entry.Reason![^1]));
        Assert.Equal(entry.Hash, AuditHash.Compute(entry));
        Assert.True((await app.VerifyAuditAsync()).Intact);
    }

    [Fact]
    public async Task RecordAsync_CallerHasPendingChanges_DoesNotSaveThem()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            using var system = db.Scope.BeginSystemWork();
            db.Agencies.Add(new Agency { Code = "QQ", CountryName = "Pending", Name = "Pending", JoinedAt = app.Clock.GetUtcNow() });

            await sp.GetRequiredService<IAuditLog>().RecordAsync(new AuditEvent("test.pending"), TestContext.Current.CancellationToken);
        });

        await app.WithSystemDbAsync(async db =>
            Assert.False(await db.Agencies.AnyAsync(a => a.Code == "QQ", TestContext.Current.CancellationToken)));
        Assert.Equal("test.pending", (await app.LastAuditEntryAsync()).Action);
    }

    private async Task<(string, string?)> AgenciesOfLastAsync()
    {
        var entry = await app.LastAuditEntryAsync();
        return (entry.AgencyCode, entry.ActorAgencyCode);
    }
}
