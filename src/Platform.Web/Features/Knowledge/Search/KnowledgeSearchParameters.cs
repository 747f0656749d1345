using Microsoft.AspNetCore.Mvc;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>The query string of the search page and the search API (same names, so page URLs and API calls match).</summary>
public sealed class KnowledgeSearchParameters
{
    /// <summary>Words to find; "-word" excludes, "quoted words" are a phrase (PostgreSQL).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "stage")]
    public PreventionStage[]? Stage { get; set; }

    [FromQuery(Name = "offence")]
    public OffenceType[]? Offence { get; set; }

    /// <summary>Minimum evidence tier, e.g. Promising for "at least promising" (Promising or Effective).</summary>
    [FromQuery(Name = "tier")]
    public EvidenceTier? Tier { get; set; }

    /// <summary>ISO 3166-1 alpha-2: owning or adopting country.</summary>
    [FromQuery(Name = "country")]
    public string[]? Country { get; set; }

    /// <summary>ISO 639-1 language of profile texts or materials.</summary>
    [FromQuery(Name = "language")]
    public string[]? Language { get; set; }

    [FromQuery(Name = "ageFrom")]
    public int? AgeFrom { get; set; }

    [FromQuery(Name = "ageTo")]
    public int? AgeTo { get; set; }

    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    public KnowledgeQuery ToQuery(int defaultPageSize = 20) => new(
        Q,
        Stage,
        Offence,
        Tier,
        Codes(Country, 2),
        Codes(Language, 8),
        Age(AgeFrom),
        Age(AgeTo),
        Math.Max(1, Page ?? 1),
        Math.Clamp(PageSize ?? defaultPageSize, 1, KnowledgeQuery.MaxPageSize));

    private static string[] Codes(string[]? values, int maxLength) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= maxLength).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(50)];

    private static int? Age(int? age) => age is null ? null : Math.Clamp(age.Value, 0, 120);
}
