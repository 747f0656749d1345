using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>The facet columns of one candidate, as read from the index for filtering and counting.</summary>
public sealed class SearchCandidate
{
    public Guid ItemId { get; set; }

    public string Title { get; set; } = "";

    public PreventionStage? Stage { get; set; }

    public int OffenceMask { get; set; }

    public EvidenceTier Tier { get; set; }

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public string Countries { get; set; } = " ";

    public string Languages { get; set; } = " ";

    public double Rank { get; set; }
}

/// <summary>
/// Applies the facet filters to candidates and counts facet values. Each facet's counts use every filter but its
/// own (the usual faceted-search rule), so a ticked box never hides its siblings. Done in memory over the visible,
/// text-matching candidates: one indexed query, then a single pass; fast for tens of thousands of items.
/// </summary>
public sealed class FacetFilter
{
    private const int StageBit = 1, OffenceBit = 2, TierBit = 4, CountryBit = 8, LanguageBit = 16, AgeBit = 32;

    private static readonly OffenceType[] AllOffences = Enum.GetValues<OffenceType>();

    private readonly HashSet<PreventionStage> _stages;
    private readonly int _offenceMask;
    private readonly EvidenceTier? _minimumTier;
    private readonly string[] _countries;
    private readonly string[] _languages;
    private readonly int? _ageFrom;
    private readonly int? _ageTo;

    public FacetFilter(KnowledgeQuery query)
    {
        _stages = [.. query.Stages ?? []];
        _offenceMask = KnowledgeSearchEntry.MaskOf(query.OffenceTypes ?? []);
        _minimumTier = query.MinimumTier;
        _countries = [.. (query.Countries ?? []).Select(c => $" {c.Trim().ToUpperInvariant()} ").Distinct()];
        _languages = [.. (query.Languages ?? []).Select(l => $" {l.Trim().ToLowerInvariant()} ").Distinct()];
        (_ageFrom, _ageTo) = query.AgeFrom > query.AgeTo ? (query.AgeTo, query.AgeFrom) : (query.AgeFrom, query.AgeTo);
    }

    public (List<SearchCandidate> Hits, Dictionary<string, IReadOnlyList<FacetCount>> Facets) Apply(IReadOnlyList<SearchCandidate> candidates)
    {
        var hits = new List<SearchCandidate>();
        var stages = new Dictionary<string, int>();
        var offenceCounts = new int[AllOffences.Length];
        var tiers = new int[Enum.GetValues<EvidenceTier>().Length];
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var failed = Failures(c);
            if (failed == 0)
            {
                hits.Add(c);
            }

            if ((failed & ~StageBit) == 0 && c.Stage is { } stage)
            {
                Increment(stages, stage.ToString());
            }

            if ((failed & ~OffenceBit) == 0)
            {
                foreach (var offence in AllOffences)
                {
                    if ((c.OffenceMask & (1 << (int)offence)) != 0)
                    {
                        offenceCounts[(int)offence]++;
                    }
                }
            }

            if ((failed & ~TierBit) == 0)
            {
                tiers[(int)c.Tier]++;
            }

            if ((failed & ~CountryBit) == 0)
            {
                foreach (var code in KnowledgeSearchEntry.SplitCodes(c.Countries))
                {
                    Increment(countries, code);
                }
            }

            if ((failed & ~LanguageBit) == 0)
            {
                foreach (var code in KnowledgeSearchEntry.SplitCodes(c.Languages))
                {
                    Increment(languages, code);
                }
            }
        }

        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [KnowledgeFacets.Stage] = [.. Enum.GetNames<PreventionStage>().Select(n => new FacetCount(n, stages.GetValueOrDefault(n)))],
            [KnowledgeFacets.OffenceType] = [.. AllOffences.Select(o => new FacetCount(o.ToString(), offenceCounts[(int)o]))],
            [KnowledgeFacets.Tier] = [.. Enum.GetValues<EvidenceTier>().Select(t => new FacetCount(t.ToString(), tiers.Skip((int)t).Sum()))],
            [KnowledgeFacets.Country] = Ordered(countries, _countries),
            [KnowledgeFacets.Language] = Ordered(languages, _languages),
        };
        return (hits, facets);
    }

    private int Failures(SearchCandidate c)
    {
        var failed = 0;
        if (_stages.Count > 0 && (c.Stage is not { } stage || !_stages.Contains(stage)))
        {
            failed |= StageBit;
        }

        if (_offenceMask != 0 && (c.OffenceMask & _offenceMask) == 0)
        {
            failed |= OffenceBit;
        }

        if (_minimumTier is { } minimum && c.Tier < minimum)
        {
            failed |= TierBit;
        }

        if (_countries.Length > 0 && !_countries.Any(code => c.Countries.Contains(code, StringComparison.Ordinal)))
        {
            failed |= CountryBit;
        }

        if (_languages.Length > 0 && !_languages.Any(code => c.Languages.Contains(code, StringComparison.Ordinal)))
        {
            failed |= LanguageBit;
        }

        if ((_ageFrom is not null || _ageTo is not null)
            && (c.MinAge is not { } min || c.MaxAge is not { } max || min > (_ageTo ?? int.MaxValue) || max < (_ageFrom ?? int.MinValue)))
        {
            failed |= AgeBit;
        }

        return failed;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // Values with hits, most first; a selected value stays listed (with 0) so it can be unticked.
    private static FacetCount[] Ordered(Dictionary<string, int> counts, string[] selected)
    {
        foreach (var code in selected.Select(s => s.Trim()))
        {
            counts.TryAdd(code, 0);
        }

        return [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetCount(kv.Key, kv.Value))];
    }
}
