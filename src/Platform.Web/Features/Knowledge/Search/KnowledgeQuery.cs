using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>Free text plus facets. Empty lists mean "any". AgeFrom/AgeTo match profiles whose age range overlaps them.</summary>
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
    int PageSize = 20);

public sealed record KnowledgeSearchResult(
    IReadOnlyList<KnowledgeHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

public sealed record KnowledgeHit(KnowledgeItemKind Kind, Guid Id, string Title, string Snippet, string Url, double Rank);

public sealed record FacetCount(string Value, int Count);
