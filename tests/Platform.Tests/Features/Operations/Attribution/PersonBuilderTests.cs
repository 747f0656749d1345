using System.Net;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Model;

namespace Platform.Tests.Features.Operations.Attribution;

public sealed class PersonBuilderTests
{
    private readonly PersonBuilder _builder = new(new CountryAttributor(FakeIpCountries.Standard));

    internal static AccountFacts Account(string key, string? email = null, string[]? payers = null, string[]? crypto = null, string[]? phones = null,
        string[]? ips = null, string? username = null, int payments = 0, long cents = 0, int attacks = 0, int? age = null) =>
        new(key, username ?? key, email, [.. (ips ?? []).Select(ip => new IpObservation(IPAddress.Parse(ip), null))],
            payers ?? [], crypto ?? [], phones ?? [], [], payments, cents, attacks, null, null, age);

    [Fact]
    public void Build_SharedNormalisedEmail_OnePersonWithLinkEvidence()
    {
        var persons = _builder.Build([Account("a1", "J.an+x@gmail.com", attacks: 2), Account("a2", "jan@googlemail.com", attacks: 3), Account("a3", "other@example.nl")]).ToList();

        Assert.Equal(2, persons.Count);
        var jan = Assert.Single(persons, p => p.AccountKeys.Count == 2);
        Assert.Equal(["a1", "a2"], jan.AccountKeys);
        Assert.Equal(5, jan.AttackCount);
        var link = Assert.Single(jan.LinkEvidence);
        Assert.Equal((EvidenceKind.LinkSharedEmail, "jan@gmail.com", 2), (link.Kind, link.Value, link.Count));
    }

    [Fact]
    public void Build_ChainThroughPayerCryptoAndPhone_OnePerson()
    {
        const string wallet = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        var persons = _builder.Build([
            Account("a", "a@example.nl", payers: ["parent@example.nl"], payments: 1, cents: 1500),
            Account("b", "b@example.nl", payers: ["Parent@Example.nl"], crypto: [wallet.ToUpperInvariant()]),
            Account("c", "c@example.nl", crypto: [wallet], phones: ["+31 6 12345678"]),
            Account("d", "d@example.nl", phones: ["0031612345678"]),
        ]).ToList();

        var person = Assert.Single(persons);
        Assert.Equal(4, person.AccountKeys.Count);
        Assert.True(person.Paid);
        Assert.Equal(1500, person.AmountPaidCents);
        Assert.Equal(
            [EvidenceKind.LinkSharedPayer, EvidenceKind.LinkSharedCryptoAddress, EvidenceKind.LinkSharedPhone],
            person.LinkEvidence.Select(e => e.Kind).Order());
    }

    [Fact]
    public void Build_SharedIpOrUsername_NotLinked()
    {
        var persons = _builder.Build([
            Account("a", "a@example.nl", ips: ["3.0.0.1"], username: "shadow"),
            Account("b", "b@example.nl", ips: ["3.0.0.1"], username: "Shadow"),
        ]).ToList();

        Assert.Equal(2, persons.Count);
    }

    [Fact]
    public void Build_PlaceholderSharedByManyAccounts_LinksNothing()
    {
        var accounts = Enumerable.Range(0, PersonBuilder.MaxAccountsPerIdentifier + 1).Select(i => Account($"acc{i:D3}", "test@test.com"));
        Assert.Equal(PersonBuilder.MaxAccountsPerIdentifier + 1, _builder.Build(accounts).Count());
    }

    [Fact]
    public void Build_SameAccountsAnyOrder_SamePersonsAndKeys()
    {
        AccountFacts[] accounts = [Account("x", "p@example.fi"), Account("y", "p@example.fi"), Account("z", "q@example.fi"), Account("w", "r@example.fi", phones: ["+358401234567"]), Account("v", "s@example.fi", phones: ["+358 40 1234567"])];
        var first = _builder.Build(accounts).Select(p => (p.PersonKey, string.Join(",", p.AccountKeys))).ToList();
        var second = _builder.Build(accounts.Reverse()).Select(p => (p.PersonKey, string.Join(",", p.AccountKeys))).ToList();

        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
        Assert.All(first, p => Assert.Matches("^p-[0-9a-f]{32}$", p.PersonKey));
    }

    [Fact]
    public void Build_ConflictingStatedAges_NoAge()
    {
        var persons = _builder.Build([Account("a", "x@example.nl", age: 15), Account("b", "x@example.nl", age: 17), Account("c", "y@example.nl", age: 16)]).ToList();
        Assert.Null(persons.Single(p => p.AccountKeys.Count == 2).StatedAge);
        Assert.Equal(16, persons.Single(p => p.AccountKeys.Count == 1).StatedAge);
    }

    [Fact]
    public void Build_IdentifiersForPseudonyms_AllKinds()
    {
        var person = _builder.Build([Account("a", "a@example.nl", payers: ["p@example.nl"], crypto: ["0xabcdef0123456789abcdef0123456789abcdef01"], phones: ["+31612345678"], username: "DarkLord")]).Single();
        Assert.Equal(["crypto", "email", "payer", "phone", "username"], person.Identifiers!.Select(i => i.Kind).Order());
        Assert.Contains(person.Identifiers!, i => i is { Kind: "username", Value: "darklord" });
    }
}
