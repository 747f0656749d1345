using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>What one kind of evidence says: its majority country (more than half of its observations), if any.</summary>
internal sealed record KindVote(EvidenceKind Kind, string Label, string? Country, int Observations, IReadOnlyList<(string Country, int Count)> Countries)
{
    public bool Spread => Country is null && Countries.Count >= 3;

    public static KindVote From(EvidenceKind kind, string label, IEnumerable<(string Country, int Count)> observations)
    {
        // A loop, not LINQ: one vote per kind of evidence per person, millions in a large build.
        var countries = new List<(string Country, int Count)>(1);
        var total = 0;
        foreach (var (country, count) in observations)
        {
            total = checked(total + count);
            var at = 0;
            while (at < countries.Count && !string.Equals(countries[at].Country, country, StringComparison.Ordinal))
            {
                at++;
            }

            if (at < countries.Count)
            {
                countries[at] = (country, checked(countries[at].Count + count));
            }
            else
            {
                countries.Add((country, count));
            }
        }

        countries.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Country, b.Country));
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
        // Loops, not LINQ, where this runs for every person (a few kinds each, millions of persons in a large build).
        var decided = new List<KindVote>(kinds.Count);
        var mixed = new List<KindVote>();
        foreach (var kind in kinds)
        {
            (kind.Country is not null ? decided : mixed).Add(kind);
        }

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

        var country = MostSupported(decided);
        var candidate = new List<KindVote>(decided.Count);
        foreach (var kind in decided)
        {
            if (kind.Country == country)
            {
                candidate.Add(kind);
            }
        }

        if (candidate.Count < decided.Count)
        {
            var parts = string.Join("; ", kinds.Select(k => k.Describe()));
            return new CountryAttribution(country, AttributionConfidence.Low, true, evidence,
                $"The evidence disagrees: {parts}. {country} has the most kinds of evidence; a person decides.");
        }

        if (candidate.Count >= 2 && mixed.Count == 0)
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

    /// <summary>The country the most kinds point to; then the most observations; then the first in ordinal order.</summary>
    private static string MostSupported(List<KindVote> decided)
    {
        var best = decided[0].Country!;
        var (bestKinds, bestObservations) = Support(decided, best);
        for (var i = 1; i < decided.Count; i++)
        {
            var country = decided[i].Country!;
            var (kinds, observations) = Support(decided, country);
            if (kinds > bestKinds || (kinds == bestKinds && (observations > bestObservations
                    || (observations == bestObservations && string.CompareOrdinal(country, best) < 0))))
            {
                (best, bestKinds, bestObservations) = (country, kinds, observations);
            }
        }

        return best;
    }

    private static (int Kinds, int Observations) Support(List<KindVote> decided, string country)
    {
        int kinds = 0, observations = 0;
        foreach (var kind in decided)
        {
            if (kind.Country == country)
            {
                kinds++;
                observations = checked(observations + kind.Observations);
            }
        }

        return (kinds, observations);
    }
}
