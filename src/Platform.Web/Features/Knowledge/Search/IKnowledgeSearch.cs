using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Full-text search with facets over intervention profiles and documents, in several languages. One interface,
/// two engines: PostgreSQL full-text search and SQLite FTS5. Results only ever contain items the viewer may see.
/// </summary>
public interface IKnowledgeSearch
{
    Task<KnowledgeSearchResult> SearchAsync(KnowledgeQuery query, ShareViewer viewer, CancellationToken cancellationToken = default);

    /// <summary>Brings the index entry of one intervention or document up to date (or removes it when gone).</summary>
    Task ReindexAsync(KnowledgeItemKind kind, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Rebuilds the whole index (after migrations, seeding, or by the CLI).</summary>
    Task RebuildAsync(CancellationToken cancellationToken = default);
}

public enum KnowledgeItemKind
{
    Intervention = 0,
    Document = 1,
}
