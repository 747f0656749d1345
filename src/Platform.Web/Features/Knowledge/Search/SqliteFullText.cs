using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// SQLite: one FTS5 row per item ("KnowledgeSearchFts", unicode61 with diacritics removed, prefix indexes) holding
/// the titles and texts of all its languages. FTS5 does not stem, so every word is a prefix query ("aanval" finds
/// "aanvallen"). The match returns ids only; <see cref="SearchRanker"/> orders them, <see cref="SearchSnippet"/> cuts snippets.
/// </summary>
public sealed class SqliteFullText : IFullTextEngine
{
    public static readonly SqliteFullText Instance = new();

    // The item id is read from FTS5's content table (documented layout: "<table>_content", columns c0, c1, …) by
    // rowid: read through the FTS table, FTS5 loads the whole row, long texts included, for every match.
    private const string MatchedRows =
        """
        "KnowledgeSearchFts" JOIN "KnowledgeSearchFts_content" AS c ON c.id = "KnowledgeSearchFts".rowid
        WHERE "KnowledgeSearchFts" MATCH
        """;

    public Task<List<Guid>> MatchAsync(AppDbContext db, SearchTerms terms, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(
            $$"""SELECT c.c0 AS "Value" FROM {{MatchedRows}} {0}""", MatchExpression(terms))).ToListAsync(cancellationToken);

    // Through the match again: the content table has no index on the item id, the match finds the rows at once.
    public Task<List<ItemText>> TextsAsync(
        AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ItemText>(FormattableStringFactory.Create(
            $$"""
            SELECT c.c0 AS "ItemId", c.c2 AS "Body"
            FROM {{MatchedRows}} {0} AND c.c0 IN (SELECT value FROM json_each({1}))
            """,
            MatchExpression(terms), System.Text.Json.JsonSerializer.Serialize(itemIds.Select(StoredId)))).ToListAsync(cancellationToken);

    public async Task WriteAsync(AppDbContext db, Guid itemId, IReadOnlyList<SearchText> texts, bool replace, CancellationToken cancellationToken)
    {
        if (replace)
        {
            await DeleteAsync(db, itemId, cancellationToken);
        }

        var title = string.Join(" · ", texts.Select(t => t.Title).Distinct(StringComparer.Ordinal));
        var body = string.Join("\n\n", texts.Select(t => t.Body));
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "KnowledgeSearchFts" ("ItemId", "Title", "Body") VALUES ({StoredId(itemId)}, {title}, {body})""",
            cancellationToken);
    }

    public async Task DeleteAsync(AppDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "KnowledgeSearchFts" WHERE "ItemId" = {StoredId(itemId)}""", cancellationToken);

    public async Task ClearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "KnowledgeSearchFts" """, cancellationToken);

    /// <summary>
    /// Every word becomes a quoted FTS5 string (so AND, OR, NEAR, ^, * or quotes in the input are plain words) with a
    /// prefix star; excluded words are NOT'ed. Words hold only letters and digits, so no quote needs escaping.
    /// </summary>
    internal static string MatchExpression(SearchTerms terms) =>
        string.Join(' ', terms.Words.Select(w => w.Length >= 2 ? $"\"{w}\"*" : $"\"{w}\""))
        + string.Concat(terms.Excluded.Select(w => $" NOT \"{w}\""));

    // The same text EF Core's SQLite provider stores for a Guid key, so the FTS rows join the entries table.
    private static string StoredId(Guid id) => id.ToString().ToUpperInvariant();
}
