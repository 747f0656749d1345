using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// The provider-specific half of search: PostgreSQL full-text search (<see cref="PostgresFullText"/>) or SQLite
/// FTS5 (<see cref="SqliteFullText"/>). Facets, visibility and paging are shared in <see cref="KnowledgeSearch"/>.
/// A search compiles its words once (<see cref="CompileAsync"/>) and hands the compiled query to the other calls.
/// </summary>
public interface IFullTextEngine
{
    /// <summary>The engine's query for the words (tsquery text, FTS5 MATCH expression); null when nothing can match.</summary>
    Task<string?> CompileAsync(AppDbContext db, SearchTerms terms, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of the items whose words match (an id may repeat). Only the match: <see cref="SearchRanker"/> orders them in
    /// memory, since ranking in the database reads every matching row's whole text.
    /// </summary>
    Task<List<Guid>> MatchAsync(AppDbContext db, string query, CancellationToken cancellationToken);

    /// <summary>A snippet per item with matches wrapped in <see cref="SearchSnippet.Start"/>/<see cref="SearchSnippet.End"/>.</summary>
    Task<Dictionary<Guid, string>> SnippetsAsync(AppDbContext db, string query, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Writes an item's texts; <paramref name="replace"/> removes its old ones first (not needed after a clear).</summary>
    Task WriteAsync(AppDbContext db, Guid itemId, IReadOnlyList<SearchText> texts, bool replace, CancellationToken cancellationToken);

    Task DeleteAsync(AppDbContext db, Guid itemId, CancellationToken cancellationToken);

    Task ClearAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed class SnippetRow
{
    public Guid ItemId { get; set; }

    public string Snippet { get; set; } = "";
}

public static class FullTextEngines
{
    public static IFullTextEngine For(AppDbContext db) =>
        db is PostgresAppDbContext ? PostgresFullText.Instance : SqliteFullText.Instance;
}
