using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>One index entry as searches use it: its facet values read once, codes split once. Immutable.</summary>
public sealed class SearchCandidate(KnowledgeSearchEntry entry)
{
    public KnowledgeSearchEntry Entry { get; } = entry;

    public Guid ItemId => Entry.ItemId;

    public PreventionStage? Stage => Entry.Stage;

    public int OffenceMask => Entry.OffenceMask;

    public EvidenceTier Tier => Entry.Tier;

    public int? MinAge => Entry.MinAge;

    public int? MaxAge => Entry.MaxAge;

    public string Countries => Entry.Countries;

    public string Languages => Entry.Languages;

    public string[] CountryCodes { get; } = KnowledgeSearchEntry.SplitCodes(entry.Countries);

    public string[] LanguageCodes { get; } = KnowledgeSearchEntry.SplitCodes(entry.Languages);

    // Folded on first text search, not on load: searches without text never need them. A race folds twice, harmlessly.
    private string[]? _titleTokens;
    private string[]? _summaryTokens;

    /// <summary>The title's words for <see cref="SearchRanker"/>.</summary>
    public string[] TitleTokens => _titleTokens ??= SearchRanker.Fold(Entry.Title);

    /// <summary>The summary's words for <see cref="SearchRanker"/>.</summary>
    public string[] SummaryTokens => _summaryTokens ??= SearchRanker.Fold(Entry.Summary);
}

/// <summary>
/// Applies the facet filters to candidates and counts facet values. Each facet's counts use every filter but its
/// own (the usual faceted-search rule), so a ticked box never hides its siblings. Done in memory over the visible,
/// text-matching candidates of the <see cref="KnowledgeSearchSnapshot"/> in a single pass; keeps their order.
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

    public (List<SearchCandidate> Hits, Dictionary<string, IReadOnlyList<FacetCount>> Facets) Apply(IEnumerable<SearchCandidate> candidates)
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
                foreach (var code in c.CountryCodes)
                {
                    Increment(countries, code);
                }
            }

            if ((failed & ~LanguageBit) == 0)
            {
                foreach (var code in c.LanguageCodes)
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
