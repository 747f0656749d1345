using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// SQLite: one FTS5 row per item ("KnowledgeSearchFts", unicode61 with diacritics removed, prefix indexes) holding
/// the titles and texts of all its languages. FTS5 does not stem, so every word is a prefix query ("aanval" finds
/// "aanvallen"). Ranking by bm25 (title weighs 10×), snippets by snippet().
/// </summary>
public sealed class SqliteFullText : IFullTextEngine
{
    public static readonly SqliteFullText Instance = new();

    public IQueryable<TextMatch> Match(AppDbContext db, SearchTerms terms) =>
        db.Database.SqlQuery<TextMatch>(
            $"""
            SELECT "ItemId", -bm25("KnowledgeSearchFts", 0.0, 10.0, 1.0) AS "Rank"
            FROM "KnowledgeSearchFts" WHERE "KnowledgeSearchFts" MATCH {MatchExpression(terms)}
            """);

    public async Task<Dictionary<Guid, string>> SnippetsAsync(
        AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var ids = System.Text.Json.JsonSerializer.Serialize(itemIds.Select(StoredId));
        var rows = await db.Database.SqlQuery<SnippetRow>(
            $"""
            SELECT "ItemId", snippet("KnowledgeSearchFts", 2, char(2), char(3), '…', 24) AS "Snippet"
            FROM "KnowledgeSearchFts"
            WHERE "KnowledgeSearchFts" MATCH {MatchExpression(terms)} AND "ItemId" IN (SELECT value FROM json_each({ids}))
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ItemId, r => r.Snippet);
    }

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
