using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// The provider-specific half of search: PostgreSQL full-text search (<see cref="PostgresFullText"/>) or SQLite
/// FTS5 (<see cref="SqliteFullText"/>). Facets, visibility and paging are shared in <see cref="KnowledgeSearch"/>.
/// </summary>
public interface IFullTextEngine
{
    /// <summary>Items whose words match, with a relevance (higher is better); composable with LINQ.</summary>
    IQueryable<TextMatch> Match(AppDbContext db, SearchTerms terms);

    /// <summary>A snippet per item with matches wrapped in <see cref="SearchSnippet.Start"/>/<see cref="SearchSnippet.End"/>.</summary>
    Task<Dictionary<Guid, string>> SnippetsAsync(AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Writes an item's texts; <paramref name="replace"/> removes its old ones first (not needed after a clear).</summary>
    Task WriteAsync(AppDbContext db, Guid itemId, IReadOnlyList<SearchText> texts, bool replace, CancellationToken cancellationToken);

    Task DeleteAsync(AppDbContext db, Guid itemId, CancellationToken cancellationToken);

    Task ClearAsync(AppDbContext db, CancellationToken cancellationToken);
}

public sealed class TextMatch
{
    public Guid ItemId { get; set; }

    public double Rank { get; set; }
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
