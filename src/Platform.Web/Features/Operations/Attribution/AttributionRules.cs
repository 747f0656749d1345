using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>What one kind of evidence says: its majority country (more than half of its observations), if any.</summary>
internal sealed record KindVote(EvidenceKind Kind, string Label, string? Country, int Observations, IReadOnlyList<(string Country, int Count)> Countries)
{
    public bool Spread => Country is null && Countries.Count >= 3;

    public static KindVote From(EvidenceKind kind, string label, IEnumerable<(string Country, int Count)> observations)
    {
        var countries = observations.GroupBy(o => o.Country, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Count: g.Sum(o => o.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
        var total = countries.Sum(c => c.Count);
        var majority = countries[0].Count * 2 > total ? countries[0].Country : null;
        return new KindVote(kind, label, majority, total, countries);
    }

    public string Describe() => Country is not null
        ? $"{Label} point to {Country}" + (Countries.Count > 1 ? $" ({Countries[0].Count} of {Observations}; also {string.Join(", ", Countries.Skip(1).Select(c => c.Country))})" : string.Empty)
        : $"{Label} are split over {string.Join(", ", Countries.Select(c => $"{c.Country} ({c.Count})"))}";
}

/// <summary>Combines the kinds of evidence into one attribution (see <see cref="CountryAttributor"/> for the rules).</summary>
internal static class AttributionRules
{
    public static CountryAttribution Combine(List<KindVote> kinds, List<AttributionEvidence> evidence)
    {
        var decided = kinds.Where(k => k.Country is not null).ToList();
        if (decided.Count == 0)
        {
            var spread = kinds.FirstOrDefault(k => k.Spread);
            var note = spread is not null
                ? $"Not attributed: {spread.Describe()}, with no majority (VPN or hosting-like). A person decides."
                : kinds.Count > 0
                    ? $"Not attributed: {string.Join("; ", kinds.Select(k => k.Describe()))}. A person decides."
                    : "Not attributed: no IP address, email domain, payment country or phone prefix points to a country. A person decides.";
            return new CountryAttribution(null, AttributionConfidence.None, true, evidence, note);
        }

        var candidate = decided
            .GroupBy(k => k.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(k => k.Observations)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        var country = candidate.Key;
        var disagreeing = decided.Where(k => k.Country != country).ToList();
        var mixed = kinds.Where(k => k.Country is null).ToList();
        if (disagreeing.Count > 0)
        {
            var parts = string.Join("; ", kinds.Select(k => k.Describe()));
            return new CountryAttribution(country, AttributionConfidence.Low, true, evidence,
                $"The evidence disagrees: {parts}. {country} has the most kinds of evidence; a person decides.");
        }

        if (candidate.Count() >= 2 && mixed.Count == 0)
        {
            return new CountryAttribution(country, AttributionConfidence.High, false, evidence,
                $"{string.Join(" and ", candidate.Select(k => k.Label))} agree on {country}.");
        }

        if (mixed.Count == 0)
        {
            return new CountryAttribution(country, AttributionConfidence.Medium, false, evidence,
                $"Only one kind of evidence: {candidate.Single().Describe()}.");
        }

        return new CountryAttribution(country, AttributionConfidence.Low, false, evidence,
            $"Weak: {string.Join("; ", kinds.Select(k => k.Describe()))}.");
    }
}
