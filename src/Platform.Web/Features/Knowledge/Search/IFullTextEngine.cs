using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// The provider-specific half of search: PostgreSQL full-text search (<see cref="PostgresFullText"/>) or SQLite
/// FTS5 (<see cref="SqliteFullText"/>). Facets, visibility, ranking, snippets and paging are shared in
/// <see cref="KnowledgeSearch"/>.
/// </summary>
public interface IFullTextEngine
{
    /// <summary>
    /// Ids of the items whose words match (an id may repeat), in one round trip. Only the match: <see cref="SearchRanker"/>
    /// orders them in memory, since ranking in the database reads every matching row's whole text.
    /// </summary>
    Task<List<Guid>> MatchAsync(AppDbContext db, SearchTerms terms, CancellationToken cancellationToken);

    /// <summary>The indexed texts of the given matched items (one or more per item), for <see cref="SearchSnippet"/>.</summary>
    Task<List<ItemText>> TextsAsync(AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Writes an item's texts; <paramref name="replace"/> removes its old ones first (not needed after a clear).</summary>
    Task WriteAsync(AppDbContext db, Guid itemId, IReadOnlyList<SearchText> texts, bool replace, CancellationToken cancellationToken);

    Task DeleteAsync(AppDbContext db, Guid itemId, CancellationToken cancellationToken);

    Task ClearAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed class ItemText
{
    public Guid ItemId { get; set; }

    public string Body { get; set; } = "";
}

public static class FullTextEngines
{
    public static IFullTextEngine For(AppDbContext db) =>
        db is PostgresAppDbContext ? PostgresFullText.Instance : SqliteFullText.Instance;
}
