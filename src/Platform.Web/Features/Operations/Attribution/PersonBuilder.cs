using System.Security.Cryptography;
using System.Text;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>One normalised identifier of a person, for keyed pseudonyms: kind "email", "username", "payer", "crypto", "phone".</summary>
public sealed record PersonIdentifier(string Kind, string Value);

/// <summary>A person built from linked accounts: the accounts, the facts, the attribution and the link evidence.</summary>
public sealed record BuiltPerson(
    string PersonKey,
    IReadOnlyList<string> AccountKeys,
    IReadOnlyList<string> Usernames,
    IReadOnlyList<string> Emails,
    bool Paid,
    int PaymentCount,
    long AmountPaidCents,
    int AttackCount,
    DateTimeOffset? FirstActivityAt,
    DateTimeOffset? LastActivityAt,
    int? StatedAge,
    CountryAttribution Attribution,
    IReadOnlyList<AttributionEvidence> LinkEvidence,
    IReadOnlyList<PersonIdentifier>? Identifiers = null);

/// <summary>
/// Links accounts that share an exact normalised identifier (email, payer email, crypto address, phone) into persons,
/// sums their facts and attributes a country. Deterministic: the same accounts give the same persons and keys.
/// <para>
/// IP addresses never link accounts: one address is shared by everyone behind a VPN exit, a carrier-grade NAT, a school
/// or a family router, so linking on it would merge different people. Usernames do not link either: "shadow" on two
/// accounts is a coincidence as often as not. An identifier found on more than <see cref="MaxAccountsPerIdentifier"/>
/// accounts is a placeholder or shared value ("test@test.com", a mixer's address) and links nothing.
/// </para>
/// </summary>
public sealed class PersonBuilder(CountryAttributor attributor)
{
    public const int MaxAccountsPerIdentifier = 25;

    public IEnumerable<BuiltPerson> Build(IEnumerable<AccountFacts> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        // Accounts must all be read before the first person is known; identifiers are kept once per account. Each
        // account's identifiers, and below each person's key, are independent of the others: computed on all cores.
        var facts = accounts as IReadOnlyList<AccountFacts> ?? [.. accounts];
        var all = new (AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)[facts.Count];
        Parallel.For(0, all.Length, i => all[i] = (facts[i], LinkIdentifiers(facts[i])));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var link in all.SelectMany(a => a.Links.Select(l => l.Key).Distinct(StringComparer.Ordinal)))
        {
            counts[link] = counts.GetValueOrDefault(link) + 1;
        }

        var groups = new UnionFind(all.Length);
        var firstHolder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            foreach (var (key, _, _) in all[i].Links)
            {
                if (counts[key] > MaxAccountsPerIdentifier)
                {
                    continue;
                }

                if (firstHolder.TryGetValue(key, out var first))
                {
                    groups.Union(first, i);
                }
                else
                {
                    firstHolder[key] = i;
                }
            }
        }

        firstHolder.Clear();
        var members = Enumerable.Range(0, all.Length).GroupBy(groups.Find).Select(g => g.ToArray()).ToArray();
        var persons = new (string Key, int[] Members)[members.Length];
        Parallel.For(0, members.Length, i =>
        {
            var group = members[i];
            Array.Sort(group, (a, b) => string.CompareOrdinal(all[a].Facts.AccountKey, all[b].Facts.AccountKey));
            persons[i] = (KeyOf(all[group[0]].Facts.AccountKey), group);
        });

        // In person-key order: the writer then appends to the unique (operation, key) index instead of inserting at
        // random pages of it, which at millions of persons no longer fit the database's buffers.
        Array.Sort(persons, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, group) in persons)
        {
            yield return BuildPerson(key, [.. group.Select(i => all[i])], counts);
        }
    }

    private BuiltPerson BuildPerson(string key, List<(AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)> accounts, Dictionary<string, int> counts)
    {
        var facts = accounts.Select(a => a.Facts).ToList();
        var emails = facts.Select(f => Identifiers.NormaliseEmail(f.Email)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var usernames = facts.Select(f => f.Username?.Trim()).Where(u => !string.IsNullOrEmpty(u)).Select(u => u!).Distinct(StringComparer.Ordinal).ToList();
        var payers = facts.SelectMany(f => f.PayerEmails).Select(Identifiers.NormaliseEmail).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var phones = facts.SelectMany(f => f.Phones).ToList();
        var attribution = attributor.Attribute(new AttributionFacts(
            [.. facts.SelectMany(f => f.Ips)], [.. emails.Concat(payers)], [.. facts.SelectMany(f => f.PaymentCountries)], phones));
        var ages = facts.Select(f => f.StatedAge).OfType<int>().Distinct().ToList();
        var paymentCount = facts.Sum(f => f.PaymentCount);
        var amount = facts.Sum(f => f.AmountPaidCents);
        return new BuiltPerson(
            key,
            [.. facts.Select(f => f.AccountKey)],
            usernames,
            emails,
            paymentCount > 0 || amount > 0,
            paymentCount,
            amount,
            facts.Sum(f => f.AttackCount),
            facts.Min(f => f.FirstActivityAt),
            facts.Max(f => f.LastActivityAt),
            // Accounts that state different ages state no single age: nothing is estimated.
            ages.Count == 1 ? ages[0] : null,
            attribution,
            LinkEvidence(accounts, counts),
            PseudonymIdentifiers(accounts, usernames));
    }

    private static List<AttributionEvidence> LinkEvidence(List<(AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)> accounts, Dictionary<string, int> counts)
    {
        if (accounts.Count < 2)
        {
            return [];
        }

        return [.. accounts
            .SelectMany(a => a.Links.Select(l => (l.Key, l.Kind, l.Value, a.Facts.AccountKey)))
            .Where(l => counts[l.Key] <= MaxAccountsPerIdentifier)
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Kinds: g.Select(l => l.Kind).ToHashSet(), g.First().Value, Accounts: g.Select(l => l.AccountKey).Distinct(StringComparer.Ordinal).ToList()))
            .Where(g => g.Accounts.Count >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AttributionEvidence(LinkKind(g.Kinds), g.Value, null, g.Accounts.Count, Truncate("Shared by accounts " + string.Join(", ", g.Accounts), 1000)))];
    }

    private static EvidenceKind LinkKind(HashSet<string> kinds) =>
        kinds.Contains("crypto") ? EvidenceKind.LinkSharedCryptoAddress
        : kinds.Contains("phone") ? EvidenceKind.LinkSharedPhone
        : kinds.Contains("email") && kinds.Count == 1 ? EvidenceKind.LinkSharedEmail
        : EvidenceKind.LinkSharedPayer;

    private static List<PersonIdentifier> PseudonymIdentifiers(List<(AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)> accounts, List<string> usernames) =>
    [
        .. accounts.SelectMany(a => a.Links).Select(l => new PersonIdentifier(l.Kind, l.Value)),
        .. usernames.Select(Identifiers.NormaliseUsername).OfType<string>().Select(u => new PersonIdentifier("username", u)),
    ];

    /// <summary>
    /// The identifiers an account can be linked by. An email and a payer email are the same kind of value (a PayPal
    /// payer may be the account's own address), so they share one key space.
    /// </summary>
    private static List<(string Key, string Kind, string Value)> LinkIdentifiers(AccountFacts account)
    {
        var links = new List<(string Key, string Kind, string Value)>();
        if (Identifiers.NormaliseEmail(account.Email) is { } email)
        {
            links.Add(("e:" + email, "email", email));
        }

        links.AddRange(account.PayerEmails.Select(Identifiers.NormaliseEmail).OfType<string>().Select(p => ("e:" + p, "payer", p)));
        links.AddRange(account.CryptoAddresses.Select(Identifiers.NormaliseCryptoAddress).OfType<string>().Select(c => ("c:" + c, "crypto", c)));
        links.AddRange(account.Phones.Select(Identifiers.NormalisePhone).OfType<string>().Select(p => ("p:" + p, "phone", p)));
        return [.. links.Distinct()];
    }

    /// <summary>Hash of the smallest account key: stable when later imports add accounts, and no seized value in the key.</summary>
    private static string KeyOf(string smallestAccountKey) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(smallestAccountKey)))[..32];

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    private sealed class UnionFind(int size)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, size)];
        private readonly byte[] _rank = new byte[size];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb)
            {
                return;
            }

            if (_rank[ra] < _rank[rb])
            {
                (ra, rb) = (rb, ra);
            }

            _parent[rb] = ra;
            if (_rank[ra] == _rank[rb])
            {
                _rank[ra]++;
            }
        }
    }
}
