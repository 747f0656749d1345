using System.Net;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>The facts about one person (all linked accounts) from which a country is attributed.</summary>
public sealed record AttributionFacts(
    IReadOnlyList<IpObservation> Ips,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> PaymentCountries,
    IReadOnlyList<string> Phones);

public sealed record IpObservation(IPAddress Address, DateTimeOffset? SeenAt);

public sealed record AttributionEvidence(EvidenceKind Kind, string Value, string? Country, int Count, string? Detail = null);

/// <summary>A country (or none) with its evidence; <see cref="NeedsReview"/> when the evidence conflicts or is weak.</summary>
public sealed record CountryAttribution(
    string? Country,
    AttributionConfidence Confidence,
    bool NeedsReview,
    IReadOnlyList<AttributionEvidence> Evidence,
    string? Note);

/// <summary>
/// Attributes a person to a country from objective facts (IP geolocation, email ccTLD, payment country, phone
/// prefix): the country that the most independent kinds of evidence point to. Confidence is High when two or more
/// kinds agree and none disagrees, Medium with one kind (or consistent IPs only), Low when the evidence is weak or
/// mixed; kinds that disagree, or IPs spread over three or more countries without a majority (VPN- or hosting-like),
/// need a human's review. The confidence is about which country's jurisdiction the data belongs to, never about the
/// person: nothing here scores, ranks or predicts anything about anyone.
/// </summary>
public sealed class CountryAttributor(IIpCountryLookup ips)
{
    private IpDetailText? _ipDetail;

    public CountryAttribution Attribute(AttributionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var evidence = new List<AttributionEvidence>();
        var kinds = new List<KindVote>();
        AddIpEvidence(facts.Ips, evidence, kinds);
        AddSimple(EvidenceKind.EmailCountryDomain, "email domains", EmailEvidence(facts.Emails), evidence, kinds);
        AddSimple(EvidenceKind.PaymentCountry, "payment countries", PaymentEvidence(facts.PaymentCountries), evidence, kinds);
        AddSimple(EvidenceKind.PhonePrefix, "phone prefixes", PhoneEvidence(facts.Phones), evidence, kinds);
        return AttributionRules.Combine(kinds, evidence);
    }

    private void AddIpEvidence(IReadOnlyList<IpObservation> observations, List<AttributionEvidence> evidence, List<KindVote> kinds)
    {
        if (!ips.IsAvailable || observations.Count == 0)
        {
            return;
        }

        // Loops rather than LINQ: this runs once per person, millions of times in a large build.
        var perAddress = new List<(IPAddress Address, int Count)>();
        var index = observations.Count > 16 ? new Dictionary<IPAddress, int>() : null;
        foreach (var observation in observations)
        {
            var address = observation.Address.IsIPv4MappedToIPv6 ? observation.Address.MapToIPv4() : observation.Address;
            var at = index is not null ? index.GetValueOrDefault(address, -1) : IndexOf(perAddress, address);
            if (at >= 0)
            {
                perAddress[at] = (perAddress[at].Address, perAddress[at].Count + 1);
            }
            else
            {
                index?.Add(address, perAddress.Count);
                perAddress.Add((address, 1));
            }
        }

        var perIp = new List<(string Address, int Count, string Country)>(perAddress.Count);
        foreach (var (address, count) in perAddress)
        {
            if (ips.CountryOf(address) is { } country)
            {
                perIp.Add((address.ToString(), count, country));
            }
        }

        if (perIp.Count == 0)
        {
            return;
        }

        perIp.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Address, b.Address));
        var detail = IpDetail();
        var votes = new List<(string Country, int Count)>(perIp.Count);
        foreach (var (address, count, country) in perIp)
        {
            evidence.Add(new AttributionEvidence(EvidenceKind.IpCountry, address, country, count, detail));
            votes.Add((country, count));
        }

        kinds.Add(KindVote.From(EvidenceKind.IpCountry, "IP addresses", votes));
    }

    /// <summary>The IP evidence's detail for the database loaded now (one string, not one per person).</summary>
    private string IpDetail()
    {
        var version = ips.DatabaseVersion;
        if (_ipDetail is not { } cached || !string.Equals(cached.Version, version, StringComparison.Ordinal))
        {
            _ipDetail = cached = new IpDetailText(version, $"Geolocation from {version}: the database's current state, not as of the login date.");
        }

        return cached.Text;
    }

    private static int IndexOf(List<(IPAddress Address, int Count)> perAddress, IPAddress address)
    {
        for (var i = 0; i < perAddress.Count; i++)
        {
            if (perAddress[i].Address.Equals(address))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record IpDetailText(string Version, string Text);

    private static void AddSimple(EvidenceKind kind, string label, List<AttributionEvidence> items, List<AttributionEvidence> evidence, List<KindVote> kinds)
    {
        if (items.Count == 0)
        {
            return;
        }

        evidence.AddRange(items);
        var attributed = items.Where(e => e.Country is not null).Select(e => (e.Country!, e.Count)).ToList();
        if (attributed.Count > 0)
        {
            kinds.Add(KindVote.From(kind, label, attributed));
        }
    }

    private static List<AttributionEvidence> EmailEvidence(IReadOnlyList<string> emails) => emails.Count == 0 ? [] : [.. emails
        .Select(Identifiers.NormaliseEmail).OfType<string>().Distinct(StringComparer.Ordinal)
        .Select(e => (Domain: e[(e.LastIndexOf('@') + 1)..], Country: Identifiers.EmailCountry(e)))
        .Where(x => x.Country is not null)
        .GroupBy(x => x.Domain, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new AttributionEvidence(EvidenceKind.EmailCountryDomain, g.Key, g.First().Country, g.Count(), "Country-code top-level domain of the email address."))];

    private static List<AttributionEvidence> PaymentEvidence(IReadOnlyList<string> countries) => countries.Count == 0 ? [] : [.. countries
        .Select(c => c?.Trim().ToUpperInvariant())
        .Select(c => c == "UK" ? "GB" : c)
        .Where(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
        .GroupBy(c => c!, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new AttributionEvidence(EvidenceKind.PaymentCountry, g.Key, g.Key, g.Count(), "Country stated by the payment provider."))];

    private static List<AttributionEvidence> PhoneEvidence(IReadOnlyList<string> phones) => phones.Count == 0 ? [] : [.. phones
        .Select(Identifiers.NormalisePhone).OfType<string>().Distinct(StringComparer.Ordinal)
        .Select(PhonePrefixes.CountryOf).OfType<PhoneCountry>()
        .GroupBy(p => (p.CallingCode, p.Country))
        .OrderBy(g => g.Key.CallingCode)
        .Select(g => new AttributionEvidence(EvidenceKind.PhonePrefix, "+" + g.Key.CallingCode, g.Key.Country, g.Count(),
            g.First().Note ?? "Country calling code of the phone number."))];
}
