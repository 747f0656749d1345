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
/// prefix). The confidence is about jurisdiction only, never about the person.
/// </summary>
public sealed class CountryAttributor(IIpCountryLookup ips)
{
    // SKELETON: the attribution part replaces this body.
    public CountryAttribution Attribute(AttributionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var evidence = facts.Ips
            .Select(o => ips.CountryOf(o.Address))
            .OfType<string>()
            .GroupBy(c => c)
            .Select(g => new AttributionEvidence(EvidenceKind.IpCountry, g.Key, g.Key, g.Count()))
            .ToList();
        var country = evidence.OrderByDescending(e => e.Count).FirstOrDefault()?.Country;
        return new CountryAttribution(country, country is null ? AttributionConfidence.None : AttributionConfidence.Low, country is null, evidence, null);
    }
}
