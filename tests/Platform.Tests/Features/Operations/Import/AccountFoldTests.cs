using System.Net;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.Features.Operations.Import;

public sealed class AccountFoldTests
{
    /// <summary>The grouped rows of one account as the aggregation reads them: kind and the values of its query's columns.</summary>
    private static readonly Action<AccountFold>[] Groups =
    [
        f => f.AddAccount("shadow", "jan@ziggo.nl", "84.24.1.1", "+31612345678", 1_000, 1_000, 16),
        // A second account row for the same account that disagrees: the smaller value is kept, whatever the order.
        f => f.AddAccount("Shadow2", "a.jan@ziggo.nl", null, "0612345678", 500, 500, 17),
        f => f.AddLogins("84.24.1.1", 400, 9_000),
        f => f.AddLogins("2001:db8::1", 2_000, 3_000),
        f => f.AddLogins("not an ip", 100, 100),
        f => f.AddPayments("pay@ziggo.nl", null, "NL", "EUR", 2, 1_000, 1_500, 1_600),
        f => f.AddPayments("pay@ziggo.nl", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "NL", "USD", 1, 1_000, 1_700, 1_700),
        f => f.AddPayments(null, null, null, "BTC", 1, 5, null, null),
        f => f.AddAttacks(40, 300, 12_000),
    ];

    [Fact]
    public void ToFacts_AllGroupsOfAnAccount_SummedAndDistinct()
    {
        var facts = Fold(Groups);

        Assert.Equal(("acc-1", "Shadow2", "a.jan@ziggo.nl"), (facts.AccountKey, facts.Username, facts.Email));
        Assert.Equal([IPAddress.Parse("2001:db8::1"), IPAddress.Parse("84.24.1.1")], facts.Ips.Select(i => i.Address));
        // An address's first sighting is its earliest over registration and logins.
        Assert.Equal(400, facts.Ips[1].SeenAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(["pay@ziggo.nl"], facts.PayerEmails);
        Assert.Equal(["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"], facts.CryptoAddresses);
        Assert.Equal(["+31612345678", "0612345678"], facts.Phones);
        Assert.Equal(["NL"], facts.PaymentCountries);
        // 10 EUR + 10 USD at the reference rate; the crypto payment counts, at 0 euro.
        Assert.Equal((4, 1_000 + 920, 40), (facts.PaymentCount, facts.AmountPaidCents, facts.AttackCount));
        Assert.Equal((100, 12_000), (facts.FirstActivityAt!.Value.ToUnixTimeMilliseconds(), facts.LastActivityAt!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal(17, facts.StatedAge);
    }

    [Fact]
    public void ToFacts_GroupsInAnyOrder_SameFacts()
    {
        var expected = Describe(Fold(Groups));
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(expected, Describe(Fold(Groups.OrderBy(_ => random.Next()))));
        }
    }

    [Fact]
    public void ToFacts_AttacksOnly_NoIdentifiers()
    {
        var facts = Fold([f => f.AddAttacks(3, null, null)]);

        Assert.Equal((null, null, 0, 3, null, null), (facts.Username, facts.Email, facts.Ips.Count, facts.AttackCount, facts.FirstActivityAt, facts.StatedAge));
    }

    private static AccountFacts Fold(IEnumerable<Action<AccountFold>> groups)
    {
        var fold = new AccountFold("acc-1");
        foreach (var add in groups)
        {
            add(fold);
        }

        return fold.ToFacts();
    }

    /// <summary>All of an account's facts as one line, to compare facts as values.</summary>
    internal static string Describe(AccountFacts f) => string.Join("|",
        f.AccountKey, f.Username, f.Email, string.Join(",", f.Ips.Select(i => $"{i.Address} {i.SeenAt?.ToUnixTimeMilliseconds()}")),
        string.Join(",", f.PayerEmails), string.Join(",", f.CryptoAddresses), string.Join(",", f.Phones), string.Join(",", f.PaymentCountries),
        f.PaymentCount, f.AmountPaidCents, f.AttackCount, f.FirstActivityAt?.ToUnixTimeMilliseconds(), f.LastActivityAt?.ToUnixTimeMilliseconds(), f.StatedAge);
}
