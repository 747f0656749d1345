using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// PostgreSQL: one row per item and language in "KnowledgeSearchTexts" with a tsvector built by that language's
/// configuration (GIN index). The query is the user's text through websearch_to_tsquery in every configuration,
/// OR'ed, plus a 'simple' prefix query over the words, so "aanvallers" finds a Dutch "aanvaller" and "ddo" finds
/// "ddos". The OR is built once per search with identical branches removed (most configurations turn "ddos workshop"
/// into the same 'ddos' &amp; 'workshop'): ten copies made the match and the planning several times slower. The
/// match returns ids only (GIN); <see cref="SearchRanker"/> orders them and <see cref="SearchSnippet"/> cuts the
/// snippets from the texts of the page shown (ts_headline cost ~0.5 ms per item).
/// </summary>
public sealed class PostgresFullText : IFullTextEngine
{
    public static readonly PostgresFullText Instance = new();

    // {0} = raw text (websearch syntax never fails), {1} = prefix query built from letter/digit words only. tsquery
    // text output is valid tsquery input, so the distinct branches are joined as text and cast back; the planner
    // computes it once (an InitPlan) and the GIN index takes it as a parameter. No branch left (stop words only):
    // NULL, which matches nothing.
    private static readonly string Match =
        """
        SELECT DISTINCT t."ItemId" AS "Value"
        FROM "KnowledgeSearchTexts" AS t
        WHERE t."Vector" @@ (
            SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')::tsquery FROM unnest(ARRAY[
        """
        + string.Join(", ", SearchLanguages.AllConfigs.Select(c => $"websearch_to_tsquery('{c}', {{0}})"))
        + ", to_tsquery('simple', {1})]) AS q WHERE numnode(q) > 0)";

    public Task<List<Guid>> MatchAsync(AppDbContext db, SearchTerms terms, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(Match, terms.Text, PrefixQuery(terms))).ToListAsync(cancellationToken);

    public Task<List<ItemText>> TextsAsync(
        AppDbContext db, SearchTerms terms, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ItemText>(
            $"""
            SELECT t."ItemId", t."Body" FROM "KnowledgeSearchTexts" AS t
            WHERE t."ItemId" = ANY({itemIds.ToArray()}) ORDER BY t."ItemId", t."Language"
            """).ToListAsync(cancellationToken);

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
