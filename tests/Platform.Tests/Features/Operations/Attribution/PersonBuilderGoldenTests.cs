using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

/// <summary>
/// Pins everything the builder gives for 3,000 generated accounts (shared and varied emails, payers, wallets, phones,
/// addresses, payment countries, ages): persons, keys, facts, attribution, evidence and identifiers. A change of the
/// builder's output, wanted or not, changes the digest; a rewrite for speed must leave it as it is.
/// </summary>
public sealed class PersonBuilderGoldenTests
{
    private const string Digest = "5c58a7d8eaedfb65a169ad80156002f377286fe243c513057b23ade1ab70de04";

    [Fact]
    public void Build_GeneratedAccounts_GivesThePinnedPersons()
    {
        var builder = new PersonBuilder(new CountryAttributor(FakeIpCountries.Standard));

        var persons = builder.Build(Accounts(3_000, seed: 7)).ToList();

        Assert.InRange(persons.Count, 1_500, 2_900);
        Assert.Contains(persons, p => p.AccountKeys.Count > 2);
        Assert.Contains(persons, p => p.Attribution.NeedsReview);
        var text = string.Join('\n', persons.Select(Describe));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.True(digest == Digest, $"The builder's output changed: digest {digest}, {persons.Count} persons.");
    }

    private static List<AccountFacts> Accounts(int count, int seed)
    {
        var random = new Random(seed);
        string Pick(params string[] values) => values[random.Next(values.Length)];
        string Email() => random.Next(5) switch
        {
            0 => $"User{random.Next(3000)}@Gmail.com",
            1 => $"user{random.Next(3000)}+tag{random.Next(3)}@googlemail.com",
            2 => $"u{random.Next(4000)}@example.{Pick("nl", "fi", "se", "de", "com", "co.uk")}",
            3 => $" p{random.Next(2000)}@web.de ",
            _ => Pick("not-an-email", "a@b", "test@test.com", "", "x@[1.2.3.4]"),
        };
        string Phone() => Pick("+31 6 ", "0031 6", "+358 40 ", "0046 70 ", "+1 415 ", "06-") + random.Next(1000, 1100).ToString(CultureInfo.InvariantCulture);
        string Wallet() => (random.Next(2) == 0 ? "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5m" : "1BoatSLRHtKNngkdXEeobR76b53LETtp") + random.Next(10, 60).ToString(CultureInfo.InvariantCulture);
        var ips = new[] { "1.0.0.1", "1.0.0.2", "2.0.0.1", "3.0.0.1", "3.0.0.2", "4.0.0.1", "5.0.0.1", "9.9.9.9", "::ffff:1.0.0.3", "2001:db8::1" };
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var first = random.Next(3) == 0 ? (DateTimeOffset?)null : start.AddMinutes(random.Next(500_000));
            return new AccountFacts(
                $"acct-{i:D5}",
                random.Next(6) == 0 ? null : Pick("shadow", "Shadow ", "ｓｈａｄｏｗ", "n00b", $"gamer{random.Next(2000)}", "  "),
                random.Next(8) == 0 ? null : Email(),
                [.. Enumerable.Range(0, random.Next(4)).Select(_ => new IpObservation(IPAddress.Parse(ips[random.Next(ips.Length)]), first))],
                [.. Enumerable.Range(0, random.Next(10) == 0 ? 2 : random.Next(2)).Select(_ => Email())],
                [.. Enumerable.Range(0, random.Next(12) == 0 ? 1 : 0).Select(_ => random.Next(2) == 0 ? Wallet() : Wallet().ToUpperInvariant())],
                [.. Enumerable.Range(0, random.Next(9) == 0 ? 1 : 0).Select(_ => Phone())],
                [.. Enumerable.Range(0, random.Next(7) == 0 ? random.Next(1, 3) : 0).Select(_ => Pick("nl", "UK", "GB ", "fi", "xx1", "SE"))],
                random.Next(5) == 0 ? random.Next(1, 4) : 0,
                random.Next(5) == 0 ? random.Next(100, 5000) : 0,
                random.Next(50),
                first,
                first?.AddDays(random.Next(100)),
                random.Next(6) == 0 ? random.Next(12, 30) : null);
        })];
    }

    private static string Describe(BuiltPerson p)
    {
        var a = p.Attribution;
        var evidence = string.Join(";", a.Evidence.Select(e => $"{e.Kind}/{e.Value}/{e.Country}/{e.Count}/{e.Detail}"));
        var links = string.Join(";", p.LinkEvidence.Select(e => $"{e.Kind}/{e.Value}/{e.Country}/{e.Count}/{e.Detail}"));
        var identifiers = string.Join(";", (p.Identifiers ?? []).Select(i => $"{i.Kind}/{i.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.PersonKey}|{string.Join(",", p.AccountKeys)}|{string.Join(",", p.Usernames)}|{string.Join(",", p.Emails)}|{p.Paid}|{p.PaymentCount}|{p.AmountPaidCents}|{p.AttackCount}|{p.FirstActivityAt:O}|{p.LastActivityAt:O}|{p.StatedAge}|{a.Country}|{a.Confidence}|{a.NeedsReview}|{a.Note}|{evidence}|{links}|{identifiers}");
    }
}
