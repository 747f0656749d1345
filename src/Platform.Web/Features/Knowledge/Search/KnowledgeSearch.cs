using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Search over the index: the text match in the database (ids only), then visibility (<see cref="ShareVisibility"/>),
/// facets, ranking (<see cref="SearchRanker"/>) and paging in memory over the <see cref="KnowledgeSearchSnapshot"/>,
/// then the texts of the one page shown, for snippets cut in memory (<see cref="SearchSnippet"/>).
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
        IEnumerable<SearchCandidate> candidates = index.InTitleOrder;
        if (!terms.IsEmpty)
        {
            var matched = (await engine.MatchAsync(db, terms, cancellationToken)).ToHashSet();
            candidates = index.InTitleOrder.Where(c => matched.Contains(c.ItemId));
        }

        var (hits, facets) = new FacetFilter(query).Apply(candidates.Where(c => viewer.CanSee(c.Entry)));
        var words = SearchRanker.FoldWords(terms.Words);
        Dictionary<Guid, double>? ranks = null;
        IEnumerable<SearchCandidate> ordered = hits;
        if (!terms.IsEmpty)
        {
            ranks = hits.ToDictionary(h => h.ItemId, h => SearchRanker.Score(h, words));

            // Stable sort: equal ranks keep the snapshot's title order.
            ordered = hits.OrderByDescending(h => ranks[h.ItemId]);
        }

        var pageHits = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var texts = terms.IsEmpty || pageHits.Count == 0
            ? null
            : (await engine.TextsAsync(db, terms, [.. pageHits.Select(h => h.ItemId)], cancellationToken)).ToLookup(t => t.ItemId, t => t.Body);
        var found = pageHits
            .Select(h => ToHit(h.Entry, ranks?.GetValueOrDefault(h.ItemId) ?? 0, texts is null ? null : SearchSnippet.Build(texts[h.ItemId], words)))
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

    private static KnowledgeHit ToHit(KnowledgeSearchEntry e, double rank, IReadOnlyList<SnippetPart>? snippet) => new(
        e.Kind,
        e.ItemId,
        e.Title,
        snippet ?? SearchSnippet.Plain(e.Summary),
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
