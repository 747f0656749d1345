using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Search over the index: visibility by <see cref="ShareVisibility"/> and the text match in one query, facets in
/// memory (<see cref="FacetFilter"/>), then titles and snippets for the one page shown.
/// </summary>
public sealed class KnowledgeSearch(AppDbContext db) : IKnowledgeSearch
{
    public async Task<KnowledgeSearchResult> SearchAsync(KnowledgeQuery query, ShareViewer viewer, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, KnowledgeQuery.MaxPageSize);
        var terms = SearchTerms.Parse(query.Text);
        var engine = FullTextEngines.For(db);
        var visible = db.Set<KnowledgeSearchEntry>().AsNoTracking().Where(ShareVisibility.VisibleTo<KnowledgeSearchEntry>(viewer));
        var candidates = terms.IsEmpty
            ? await visible.Select(e => new SearchCandidate
            {
                ItemId = e.ItemId, Title = e.Title, Stage = e.Stage, OffenceMask = e.OffenceMask, Tier = e.Tier,
                MinAge = e.MinAge, MaxAge = e.MaxAge, Countries = e.Countries, Languages = e.Languages,
            }).ToListAsync(cancellationToken)
            : await visible.Join(engine.Match(db, terms), e => e.ItemId, m => m.ItemId, (e, m) => new SearchCandidate
            {
                ItemId = e.ItemId, Title = e.Title, Stage = e.Stage, OffenceMask = e.OffenceMask, Tier = e.Tier,
                MinAge = e.MinAge, MaxAge = e.MaxAge, Countries = e.Countries, Languages = e.Languages, Rank = m.Rank,
            }).ToListAsync(cancellationToken);

        var (hits, facets) = new FacetFilter(query).Apply(candidates);
        var pageIds = hits
            // Ordinal: a culture-aware sort of 10,000 titles is many times slower, and ties are rare.
            .OrderByDescending(h => h.Rank).ThenBy(h => h.Title, StringComparer.OrdinalIgnoreCase).ThenBy(h => h.ItemId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(h => (h.ItemId, h.Rank)).ToList();
        var ids = pageIds.Select(p => p.ItemId).ToList();
        var entries = await db.Set<KnowledgeSearchEntry>().AsNoTracking().Where(e => ids.Contains(e.ItemId)).ToDictionaryAsync(e => e.ItemId, cancellationToken);
        var snippets = terms.IsEmpty || ids.Count == 0 ? [] : await engine.SnippetsAsync(db, terms, ids, cancellationToken);
        var found = pageIds
            .Where(p => entries.ContainsKey(p.ItemId))
            .Select(p => ToHit(entries[p.ItemId], p.Rank, snippets.GetValueOrDefault(p.ItemId)))
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
