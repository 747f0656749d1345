using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Search over the index: the text match in the database (ids only), then visibility (<see cref="ShareVisibility"/>),
/// facets, ranking (<see cref="SearchRanker"/>) and paging in memory over the <see cref="KnowledgeSearchSnapshot"/>,
/// then snippets for the one page shown.
/// </summary>
public sealed class KnowledgeSearch(AppDbContext db, KnowledgeSearchSnapshot snapshot) : IKnowledgeSearch
{
    public async Task<KnowledgeSearchResult> SearchAsync(KnowledgeQuery query, ShareViewer viewer, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, KnowledgeQuery.MaxPageSize);
        var terms = SearchTerms.Parse(query.Text);
        var engine = FullTextEngines.For(db);
        var index = await snapshot.GetAsync(db, cancellationToken);
        var compiled = terms.IsEmpty ? null : await engine.CompileAsync(db, terms, cancellationToken);
        IEnumerable<SearchCandidate> candidates = index.InTitleOrder;
        if (!terms.IsEmpty)
        {
            var matched = compiled is null ? [] : (await engine.MatchAsync(db, compiled, cancellationToken)).ToHashSet();
            candidates = index.InTitleOrder.Where(c => matched.Contains(c.ItemId));
        }

        var (hits, facets) = new FacetFilter(query).Apply(candidates.Where(c => viewer.CanSee(c.Entry)));
        Dictionary<Guid, double>? ranks = null;
        IEnumerable<SearchCandidate> ordered = hits;
        if (!terms.IsEmpty)
        {
            var words = SearchRanker.FoldWords(terms.Words);
            ranks = hits.ToDictionary(h => h.ItemId, h => SearchRanker.Score(h, words));

            // Stable sort: equal ranks keep the snapshot's title order.
            ordered = hits.OrderByDescending(h => ranks[h.ItemId]);
        }

        var pageHits = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var ids = pageHits.Select(h => h.ItemId).ToList();
        var snippets = compiled is null || ids.Count == 0 ? [] : await engine.SnippetsAsync(db, compiled, ids, cancellationToken);
        var found = pageHits
            .Select(h => ToHit(h.Entry, ranks?.GetValueOrDefault(h.ItemId) ?? 0, snippets.GetValueOrDefault(h.ItemId)))
            .ToList();
        return new KnowledgeSearchResult(found, hits.Count, page, pageSize, facets);
    }

    public async Task ReindexAsync(KnowledgeItemKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await KnowledgeIndexer.ReindexAsync(db, [(kind, id)], cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken = default) => await RebuildCountingAsync(cancellationToken);

    /// <summary>Rebuilds in one transaction, so searches see the old index until the new one is complete.</summary>
    public async Task<int> RebuildCountingAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await KnowledgeIndexer.RebuildAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    private static KnowledgeHit ToHit(KnowledgeSearchEntry e, double rank, string? snippet) => new(
        e.Kind,
        e.ItemId,
        e.Title,
        snippet is null ? SearchSnippet.Plain(e.Summary) : SearchSnippet.Parse(snippet),
        e.Kind == KnowledgeItemKind.Intervention ? $"/Knowledge/Interventions/{e.Slug}" : $"/Knowledge/Documents/{e.ItemId}",
        rank,
        e.Stage,
        e.Tier,
        [.. Enum.GetValues<Catalogue.OffenceType>().Where(o => (e.OffenceMask & (1 << (int)o)) != 0)],
        e.MinAge,
        e.MaxAge,
        KnowledgeSearchEntry.SplitCodes(e.Countries),
        KnowledgeSearchEntry.SplitCodes(e.Languages),
        e.OwnerAgencyCode,
        e.Tlp,
        e.ReleaseState);
}
