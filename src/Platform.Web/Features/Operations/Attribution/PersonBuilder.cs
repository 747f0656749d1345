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
        // Loops rather than LINQ in this file (and in the attributor and the writer's row preparation): they run per
        // account and per person, millions of times, and their iterators and lists were over 40% of the build's
        // allocations (24.8 → 14.2 GB for 1M persons).
        var facts = accounts as IReadOnlyList<AccountFacts> ?? [.. accounts];
        var all = new (AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)[facts.Count];
        Parallel.For(0, all.Length, i => all[i] = (facts[i], LinkIdentifiers(facts[i])));
        var counts = CountAccountsPerIdentifier(all);
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
        var members = groups.Members();
        var persons = new (string Key, int[] Members)[members.Count];
        Parallel.For(0, members.Count, i =>
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
            yield return BuildPerson(key, group, all, counts);
        }
    }

    /// <summary>For each link key, how many accounts hold it (an account holding it twice, as email and as payer, counts once).</summary>
    private static Dictionary<string, int> CountAccountsPerIdentifier((AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)[] all)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, links) in all)
        {
            for (var j = 0; j < links.Count; j++)
            {
                var key = links[j].Key;
                if (!HeldEarlier(links, j))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;

        static bool HeldEarlier(List<(string Key, string Kind, string Value)> links, int index)
        {
            for (var k = 0; k < index; k++)
            {
                if (string.Equals(links[k].Key, links[index].Key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private BuiltPerson BuildPerson(string key, int[] group, (AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)[] all, Dictionary<string, int> counts)
    {
        var accountKeys = new string[group.Length];
        var emails = new DistinctValues();
        var payers = new DistinctValues();
        var usernames = new DistinctValues();
        var ips = new List<IpObservation>();
        var paymentCountries = new List<string>();
        var phones = new List<string>();
        var identifiers = new List<PersonIdentifier>();
        int? age = null;
        var agesDiffer = false;
        int paymentCount = 0, attackCount = 0;
        long amount = 0;
        DateTimeOffset? firstActivity = null, lastActivity = null;
        for (var g = 0; g < group.Length; g++)
        {
            var (facts, links) = all[group[g]];
            accountKeys[g] = facts.AccountKey;
            // The links hold the account's normalised email and payer emails (LinkIdentifiers), in the account's order.
            foreach (var (_, kind, value) in links)
            {
                if (kind == "email")
                {
                    emails.Add(value);
                }
                else if (kind == "payer")
                {
                    payers.Add(value);
                }

                identifiers.Add(new PersonIdentifier(kind, value));
            }

            if (facts.Username?.Trim() is { Length: > 0 } username)
            {
                usernames.Add(username);
            }

            ips.AddRange(facts.Ips);
            paymentCountries.AddRange(facts.PaymentCountries);
            phones.AddRange(facts.Phones);
            if (facts.StatedAge is { } stated)
            {
                agesDiffer |= age is { } seen && seen != stated;
                age ??= stated;
            }

            paymentCount = checked(paymentCount + facts.PaymentCount);
            amount = checked(amount + facts.AmountPaidCents);
            attackCount = checked(attackCount + facts.AttackCount);
            if (facts.FirstActivityAt is { } first && (firstActivity is null || first < firstActivity))
            {
                firstActivity = first;
            }

            if (facts.LastActivityAt is { } last && (lastActivity is null || last > lastActivity))
            {
                lastActivity = last;
            }
        }

        foreach (var username in usernames.Values)
        {
            if (Identifiers.NormaliseUsername(username) is { } normalised)
            {
                identifiers.Add(new PersonIdentifier("username", normalised));
            }
        }

        var attribution = attributor.Attribute(new AttributionFacts(ips, [.. emails.Values, .. payers.Values], paymentCountries, phones));
        return new BuiltPerson(
            key,
            accountKeys,
            usernames.Values,
            emails.Values,
            paymentCount > 0 || amount > 0,
            paymentCount,
            amount,
            attackCount,
            firstActivity,
            lastActivity,
            // Accounts that state different ages state no single age: nothing is estimated.
            agesDiffer ? null : age,
            attribution,
            LinkEvidence(group, all, counts),
            identifiers);
    }

    private static List<AttributionEvidence> LinkEvidence(int[] group, (AccountFacts Facts, List<(string Key, string Kind, string Value)> Links)[] all, Dictionary<string, int> counts)
    {
        if (group.Length < 2)
        {
            return [];
        }

        return [.. group.Select(i => all[i])
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

    /// <summary>
    /// The identifiers an account can be linked by. An email and a payer email are the same kind of value (a PayPal
    /// payer may be the account's own address), so they share one key space.
    /// </summary>
    private static List<(string Key, string Kind, string Value)> LinkIdentifiers(AccountFacts account)
    {
        var links = new List<(string Key, string Kind, string Value)>(1);
        if (Identifiers.NormaliseEmail(account.Email) is { } email)
        {
            links.Add(("e:" + email, "email", email));
        }

        foreach (var payer in account.PayerEmails)
        {
            if (Identifiers.NormaliseEmail(payer) is { } normalised)
            {
                AddOnce(links, ("e:" + normalised, "payer", normalised));
            }
        }

        foreach (var address in account.CryptoAddresses)
        {
            if (Identifiers.NormaliseCryptoAddress(address) is { } normalised)
            {
                AddOnce(links, ("c:" + normalised, "crypto", normalised));
            }
        }

        foreach (var phone in account.Phones)
        {
            if (Identifiers.NormalisePhone(phone) is { } normalised)
            {
                AddOnce(links, ("p:" + normalised, "phone", normalised));
            }
        }

        return links;

        static void AddOnce(List<(string Key, string Kind, string Value)> links, (string Key, string Kind, string Value) link)
        {
            if (!links.Contains(link))
            {
                links.Add(link);
            }
        }
    }

    /// <summary>Hash of the smallest account key: stable when later imports add accounts, and no seized value in the key.</summary>
    private static string KeyOf(string smallestAccountKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(smallestAccountKey), hash);
        Span<char> key = stackalloc char[34];
        "p-".CopyTo(key);
        Convert.TryToHexStringLower(hash[..16], key[2..], out _);
        return new string(key);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    /// <summary>Distinct strings (ordinal) in the order first added; a set only once there are more than a few.</summary>
    private sealed class DistinctValues
    {
        private HashSet<string>? _set;

        public List<string> Values { get; } = [];

        public void Add(string value)
        {
            if (_set is null && Values.Count < 8)
            {
                if (!Values.Contains(value)) // string equality is ordinal
                {
                    Values.Add(value);
                }

                return;
            }

            _set ??= new HashSet<string>(Values, StringComparer.Ordinal);
            if (_set.Add(value))
            {
                Values.Add(value);
            }
        }
    }

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

        /// <summary>The members of each group, in ascending order (groups in the order of their smallest member).</summary>
        public List<int[]> Members()
        {
            var roots = new int[_parent.Length];
            var sizes = new int[_parent.Length];
            for (var i = 0; i < roots.Length; i++)
            {
                roots[i] = Find(i);
                sizes[roots[i]]++;
            }

            var members = new int[_parent.Length][];
            var filled = new int[_parent.Length];
            var groups = new List<int[]>();
            for (var i = 0; i < roots.Length; i++)
            {
                var root = roots[i];
                if (members[root] is null)
                {
                    groups.Add(members[root] = new int[sizes[root]]);
                }

                members[root][filled[root]++] = i;
            }

            return groups;
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
