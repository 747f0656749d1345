using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Tests.Features.Operations.Attribution;

public sealed class PersonWriterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly AccountFacts[] Accounts =
    [
        PersonBuilderTests.Account("nl-1", "jan@ziggo.nl", phones: ["+31612345678"], attacks: 4),
        PersonBuilderTests.Account("nl-2", "Jan@Ziggo.nl", payers: ["pay@ziggo.nl"], payments: 2, cents: 2000),
        PersonBuilderTests.Account("fi-1", "kalle@koulu.fi", phones: ["+358401234567"]),
        PersonBuilderTests.Account("se-1", "olle@skola.se", phones: ["+46701234567"]),
        PersonBuilderTests.Account("mixed", "anna@skola.se", phones: ["+358401234568"]),
        PersonBuilderTests.Account("none", "ghost@gmail.com"),
    ];

    [Fact]
    public async Task WriteAsync_OwnerRule_ParticipatingNotParticipatingAndReview()
    {
        var operationId = await app.CreateOperationAsync("NL", "FI");

        var summary = await app.WritePersonsAsync(operationId, Accounts);

        Assert.Equal((5, 5, 0), (summary.Persons, summary.Created, summary.Updated));
        await app.WithSystemDbAsync(async db =>
        {
            var persons = await db.OperationPersons.Where(p => p.OperationId == operationId).ToListAsync();
            var byEmail = persons.ToDictionary(p => p.Emails[0]);
            Assert.Equal(("NL", false, 2), (byEmail["jan@ziggo.nl"].AgencyCode, byEmail["jan@ziggo.nl"].NeedsReview, byEmail["jan@ziggo.nl"].AccountCount));
            Assert.Equal(("FI", false), (byEmail["kalle@koulu.fi"].AgencyCode, byEmail["kalle@koulu.fi"].NeedsReview));
            // SE is attributed with clear evidence but does not take part: the coordinator holds it for review.
            Assert.Equal(("NL", "SE", true), (byEmail["olle@skola.se"].AgencyCode, byEmail["olle@skola.se"].AttributedCountry, byEmail["olle@skola.se"].NeedsReview));
            Assert.Contains("does not take part", byEmail["olle@skola.se"].AttributionNote, StringComparison.Ordinal);
            // Email .se, phone +358: conflicting evidence stays with the coordinator even though FI participates.
            Assert.Equal(("NL", true), (byEmail["anna@skola.se"].AgencyCode, byEmail["anna@skola.se"].NeedsReview));
            Assert.Equal(("NL", true, null), (byEmail["ghost@gmail.com"].AgencyCode, byEmail["ghost@gmail.com"].NeedsReview, byEmail["ghost@gmail.com"].AttributedCountry));
            var evidence = byEmail["jan@ziggo.nl"].Evidence;
            Assert.Contains(evidence, e => e is { Kind: EvidenceKind.LinkSharedEmail, Value: "jan@ziggo.nl", Count: 2 });
            Assert.Contains(evidence, e => e is { Kind: EvidenceKind.PhonePrefix, Country: "NL" });
        });
        Assert.Equal(4, summary.PerOwner["NL"]);
        Assert.Equal(1, summary.PerOwner["FI"]);
    }

    [Fact]
    public async Task WriteAsync_ReRun_KeepsIdsAndContactAndReplacesEvidence()
    {
        var operationId = await app.CreateOperationAsync("NL", "FI");
        await app.WritePersonsAsync(operationId, Accounts);
        // Whole seconds: PostgreSQL keeps microseconds, the clock has 100 ns ticks.
        var contactedAt = DateTimeOffset.FromUnixTimeSeconds(app.Clock.GetUtcNow().ToUnixTimeSeconds());
        Dictionary<string, Guid> before = [];
        int evidenceBefore = 0, pseudonymsBefore = 0;
        await app.WithSystemDbAsync(async db =>
        {
            var jan = await db.OperationPersons.SingleAsync(p => p.OperationId == operationId && p.AgencyCode == "NL" && p.AccountCount == 2);
            jan.FirstContactedAt = contactedAt;
            await db.SaveChangesAsync();
            before = await db.OperationPersons.Where(p => p.OperationId == operationId).ToDictionaryAsync(p => p.PersonKey, p => p.Id);
            evidenceBefore = (await db.OperationPersons.Where(p => p.OperationId == operationId).ToListAsync()).Sum(p => p.Evidence.Count);
            pseudonymsBefore = (await db.OperationPersons.Where(p => p.OperationId == operationId).ToListAsync()).Sum(p => p.Pseudonyms.Count);
        });

        var summary = await app.WritePersonsAsync(operationId, Accounts);

        Assert.Equal((0, 5), (summary.Created, summary.Updated));
        await app.WithSystemDbAsync(async db =>
        {
            var after = await db.OperationPersons.Where(p => p.OperationId == operationId).ToDictionaryAsync(p => p.PersonKey, p => p);
            Assert.Equal(before, after.ToDictionary(p => p.Key, p => p.Value.Id));
            Assert.Contains(after.Values, p => p.FirstContactedAt == contactedAt);
            Assert.Equal(evidenceBefore, after.Values.Sum(p => p.Evidence.Count));
            Assert.Equal(pseudonymsBefore, after.Values.Sum(p => p.Pseudonyms.Count));
        });
    }

    /// <summary>
    /// New persons (binary COPY on PostgreSQL) and existing ones (EF Core updates) end with the same rows, also when
    /// one batch holds both.
    /// </summary>
    [Fact]
    public async Task WriteAsync_NewExistingAndMixedBatches_SameRows()
    {
        var allNew = await app.CreateOperationAsync("NL", "FI");
        var mixed = await app.CreateOperationAsync("NL", "FI");
        var active = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        AccountFacts[] accounts = [Accounts[0] with { FirstActivityAt = active, LastActivityAt = active.AddDays(3), StatedAge = 17 }, .. Accounts[1..]];
        await app.WritePersonsAsync(allNew, accounts);
        var created = await ContentAsync(allNew);

        await app.WritePersonsAsync(allNew, accounts);
        await app.WritePersonsAsync(mixed, accounts[..3]);
        var summary = await app.WritePersonsAsync(mixed, accounts);

        Assert.Equal((3, 2), (summary.Created, summary.Updated));
        Assert.Equal(5, created.Count);
        Assert.Equal(created, await ContentAsync(allNew));
        Assert.Equal(created, await ContentAsync(mixed));
    }

    /// <summary>
    /// More persons than two batches: on PostgreSQL an operation's first build writes its batches in turn on two
    /// connections of their own. The rows must be exactly those of a build that finds some persons already there (one
    /// connection, the context's).
    /// </summary>
    [Fact]
    public async Task WriteAsync_ManyBatchesOfNewPersons_SameRowsAsOneConnection()
    {
        var accounts = Enumerable.Range(0, (PersonWriter.BatchSize * 2) + 500)
            .Select(i => PersonBuilderTests.Account($"acc-{i:D5}", $"user{i}@example.nl", phones: i % 3 == 0 ? [$"+316123{i:D5}"] : null, attacks: i % 7))
            .ToArray();
        var allNew = await app.CreateOperationAsync("NL", "FI");
        var mixed = await app.CreateOperationAsync("NL", "FI");

        var summary = await app.WritePersonsAsync(allNew, accounts);
        await app.WritePersonsAsync(mixed, accounts[..1]);
        await app.WritePersonsAsync(mixed, accounts);

        Assert.Equal((accounts.Length, accounts.Length), (summary.Persons, summary.Created));
        var content = await ContentAsync(allNew);
        Assert.Equal(accounts.Length, content.Count);
        Assert.Equal(content, await ContentAsync(mixed));
    }

    /// <summary>Every stored value of the operation's persons, evidence and pseudonyms except ids and timestamps.</summary>
    private async Task<List<string>> ContentAsync(Guid operationId)
    {
        List<string> content = [];
        await app.WithSystemDbAsync(async db =>
        {
            var persons = await db.OperationPersons.AsNoTracking().Where(p => p.OperationId == operationId).ToListAsync();
            content = [.. persons.OrderBy(p => p.PersonKey, StringComparer.Ordinal).Select(p => string.Join("|",
                p.PersonKey, p.AgencyCode, p.AttributedCountry, p.Confidence, p.NeedsReview, p.AttributionNote, p.AccountCount,
                string.Join(",", p.Usernames), string.Join(",", p.Emails), p.Paid, p.PaymentCount, p.AmountPaidCents, p.AttackCount,
                p.FirstActivityAt?.ToUnixTimeMilliseconds(), p.LastActivityAt?.ToUnixTimeMilliseconds(), p.StatedAge, p.FirstContactedAt,
                string.Join(";", p.Evidence.Select(e => $"{e.Kind} {e.Value} {e.Country} {e.Count} {e.Detail}").Order(StringComparer.Ordinal)),
                string.Join(";", p.Pseudonyms.Order(StringComparer.Ordinal))))];
        });
        return content;
    }

    [Fact]
    public async Task WriteAsync_Pseudonyms_PerOwnerKeyAndEveryIdentifier()
    {
        var operationId = await app.CreateOperationAsync("NL", "FI");
        await app.WritePersonsAsync(operationId, [PersonBuilderTests.Account("k", "same@koulu.fi", phones: ["+358401234567"], payers: ["p@koulu.fi"], username: "Kalle")]);

        await app.WithScopeAsync(async sp =>
        {
            var keyed = sp.GetRequiredService<IAgencyPseudonyms>();
            var db = sp.GetRequiredService<Platform.Web.Infrastructure.Data.AppDbContext>();
            using var _ = db.Scope.BeginSystemWork();
            var person = await db.OperationPersons.SingleAsync(p => p.OperationId == operationId);
            Assert.Equal("FI", person.AgencyCode);
            string[] identifiers = ["same@koulu.fi", "p@koulu.fi", "+358401234567", "kalle"];
            Assert.Equal(
                identifiers.Select(value => keyed.For("FI", OperationPerson.PseudonymPurpose, value)).Order(StringComparer.Ordinal),
                person.Pseudonyms.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(keyed.For("NL", OperationPerson.PseudonymPurpose, "same@koulu.fi"), person.Pseudonyms);
        });
    }
}
