using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// PostgreSQL: one row per item and language in "KnowledgeSearchTexts" with a tsvector built by that language's
/// configuration (GIN index). The query is the user's text through websearch_to_tsquery in every configuration,
/// OR'ed, plus a 'simple' prefix query over the words, so "aanvallers" finds a Dutch "aanvaller" and "ddo" finds
/// "ddos". Ranking by ts_rank_cd against the combined query (one
/// query for all rows: a per-row websearch_to_tsquery costs more than the match), snippets by ts_headline.
/// </summary>
public sealed class PostgresFullText : IFullTextEngine
{
    public static readonly PostgresFullText Instance = new();

    private const string HeadlineOptions =
        "StartSel=\u0002, StopSel=\u0003, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    // {0} = raw text (websearch syntax never fails), {1} = prefix query built from letter/digit words only.
    private static readonly string Query =
        "(SELECT (" + string.Join(" || ", SearchLanguages.AllConfigs.Select(c => $"websearch_to_tsquery('{c}', {{0}})"))
        + " || to_tsquery('simple', {1})) AS query) AS q";

    public IQueryable<TextMatch> Match(AppDbContext db, SearchTerms terms) =>
        db.Database.SqlQuery<TextMatch>(FormattableStringFactory.Create(
            $$"""
            SELECT t."ItemId", max(ts_rank_cd(t."Vector", q.query)) AS "Rank"
            FROM "KnowledgeSearchTexts" AS t, {{Query}}
            WHERE t."Vector" @@ q.query
            GROUP BY t."ItemId"
            """,
            terms.Text, PrefixQuery(terms)));

    public async Task<Dictionary<Guid, string>> SnippetsAsync(
        AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<SnippetRow>(FormattableStringFactory.Create(
            $$"""
            SELECT DISTINCT ON (t."ItemId") t."ItemId", ts_headline(t."Config", t."Body", q.query, {2}) AS "Snippet"
            FROM "KnowledgeSearchTexts" AS t, {{Query}}
            WHERE t."ItemId" = ANY({3}) AND t."Vector" @@ q.query
            ORDER BY t."ItemId", ts_rank_cd(t."Vector", q.query) DESC
            """,
            terms.Text, PrefixQuery(terms), HeadlineOptions, itemIds.ToArray())).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ItemId, r => r.Snippet);
    }

    public async Task WriteAsync(AppDbContext db, Guid itemId, IReadOnlyList<SearchText> texts, bool replace, CancellationToken cancellationToken)
    {
        if (replace)
        {
            await DeleteAsync(db, itemId, cancellationToken);
        }

        foreach (var text in texts)
        {
            var config = SearchLanguages.ConfigFor(text.Language);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "KnowledgeSearchTexts" ("ItemId", "Language", "Config", "Title", "Body", "Vector")
                VALUES ({itemId}, {text.Language}, {config}::regconfig, {text.Title}, {text.Body},
                        setweight(to_tsvector({config}::regconfig, {text.Title}), 'A')
                        || setweight(to_tsvector({config}::regconfig, {text.Body}), 'B'))
                """,
                cancellationToken);
        }
    }

    public async Task DeleteAsync(AppDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "KnowledgeSearchTexts" WHERE "ItemId" = {itemId}""", cancellationToken);

    public async Task ClearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "KnowledgeSearchTexts" """, cancellationToken);

    /// <summary>'word':* &amp; … &amp; !'excluded'; words hold letters and digits only, so the syntax is always valid.</summary>
    internal static string PrefixQuery(SearchTerms terms) =>
        string.Join(" & ", terms.Words.Select(w => $"'{w}':*").Concat(terms.Excluded.Select(w => $"!'{w}'")));
}
