using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Free text plus facets. Empty lists mean "any"; within a facet values are OR'ed, facets are AND'ed.
/// AgeFrom/AgeTo match profiles whose age range overlaps them. Countries are ISO 3166 alpha-2 (owner or adopter),
/// languages ISO 639-1.
/// </summary>
public sealed record KnowledgeQuery(
    string? Text = null,
    IReadOnlyList<PreventionStage>? Stages = null,
    IReadOnlyList<OffenceType>? OffenceTypes = null,
    EvidenceTier? MinimumTier = null,
    IReadOnlyList<string>? Countries = null,
    IReadOnlyList<string>? Languages = null,
    int? AgeFrom = null,
    int? AgeTo = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;

    public bool HasFilters =>
        Stages is { Count: > 0 } || OffenceTypes is { Count: > 0 } || MinimumTier is not null || Countries is { Count: > 0 }
        || Languages is { Count: > 0 } || AgeFrom is not null || AgeTo is not null;
}

/// <summary>One page of hits, the number of all hits, and per facet the number of hits each value would give.</summary>
public sealed record KnowledgeSearchResult(
    IReadOnlyList<KnowledgeHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public IReadOnlyList<FacetCount> Facet(string name) => Facets.GetValueOrDefault(name) ?? [];
}

/// <summary>A found intervention or document; <see cref="Snippet"/> marks the words that matched.</summary>
public sealed record KnowledgeHit(
    KnowledgeItemKind Kind,
    Guid Id,
    string Title,
    IReadOnlyList<SnippetPart> Snippet,
    string Url,
    double Rank,
    PreventionStage? Stage,
    EvidenceTier Tier,
    IReadOnlyList<OffenceType> OffenceTypes,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Languages,
    string OwnerAgencyCode,
    TlpMarking Tlp,
    ReleaseState ReleaseState);

/// <summary>
/// How many hits the value would give with the other filters as they are. For the tier facet the count is of
/// items at that tier or better, since the filter is a minimum.
/// </summary>
public sealed record FacetCount(string Value, int Count);

public static class KnowledgeFacets
{
    public const string Stage = "stage";
    public const string OffenceType = "offenceType";
    public const string Tier = "tier";
    public const string Country = "country";
    public const string Language = "language";
}
