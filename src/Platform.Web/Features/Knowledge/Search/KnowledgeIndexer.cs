using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Writes the search index from the catalogue tables, on the caller's context (so inside its transaction).
/// Used by <see cref="KnowledgeIndexInterceptor"/> after every save that touches an intervention, a translation
/// or a document, by the `knowledge reindex` command and by the startup rebuild.
/// </summary>
public static class KnowledgeIndexer
{
    private const int BatchSize = 500;

    public static async Task ReindexAsync(AppDbContext db, IReadOnlyCollection<(KnowledgeItemKind Kind, Guid Id)> items, CancellationToken cancellationToken)
    {
        foreach (var (kind, id) in items.Distinct())
        {
            if (kind == KnowledgeItemKind.Intervention)
            {
                await ReindexInterventionAsync(db, id, cancellationToken);
            }
            else
            {
                await ReindexDocumentAsync(db, id, cancellationToken);
            }
        }

        await MarkChangedAsync(db, cancellationToken);
    }

    /// <summary>New stamp in the caller's transaction: every host reloads its snapshot once this commits.</summary>
    public static async Task MarkChangedAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Set<KnowledgeSearchState>()
            .Where(s => s.Id == KnowledgeSearchState.SingleRowId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stamp, Guid.NewGuid()), cancellationToken);

    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var engine = FullTextEngines.For(db);
        await engine.ClearAsync(db, cancellationToken);
        await db.Set<KnowledgeSearchEntry>().ExecuteDeleteAsync(cancellationToken);
        var interventions = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var translations = (await db.InterventionTexts.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(t => t.InterventionId);
        var count = 0;
        foreach (var batch in interventions.Values.Chunk(BatchSize))
        {
            var texts = new List<(Guid, IReadOnlyList<SearchText>)>();
            foreach (var intervention in batch)
            {
                var own = translations[intervention.Id].ToList();
                var entry = new KnowledgeSearchEntry();
                SearchEntries.Fill(entry, intervention, own);
                db.Add(entry);
                texts.Add((intervention.Id, SearchEntries.Texts(intervention, own)));
            }

            count += await SaveBatchAsync(db, engine, texts, cancellationToken);
        }

        var documentIds = await db.KnowledgeDocuments.Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var ids in documentIds.Chunk(BatchSize))
        {
            var documents = await db.KnowledgeDocuments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            var texts = new List<(Guid, IReadOnlyList<SearchText>)>();
            foreach (var document in documents)
            {
                var entry = new KnowledgeSearchEntry();
                SearchEntries.Fill(entry, document, document.InterventionId is { } parent ? interventions.GetValueOrDefault(parent) : null);
                db.Add(entry);
                texts.Add((document.Id, SearchEntries.Texts(document)));
            }

            count += await SaveBatchAsync(db, engine, texts, cancellationToken);
        }

        await MarkChangedAsync(db, cancellationToken);
        return count;
    }

    private static async Task<int> SaveBatchAsync(
        AppDbContext db, IFullTextEngine engine, List<(Guid Id, IReadOnlyList<SearchText> Texts)> texts, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var (id, itemTexts) in texts)
        {
            await engine.WriteAsync(db, id, itemTexts, replace: false, cancellationToken);
        }

        return texts.Count;
    }

    private static async Task ReindexInterventionAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var documentIds = await db.Set<KnowledgeSearchEntry>().Where(e => e.InterventionId == id).Select(e => e.ItemId)
            .Union(db.KnowledgeDocuments.Where(d => d.InterventionId == id).Select(d => d.Id))
            .ToListAsync(cancellationToken);
        if (intervention is null)
        {
            await RemoveAsync(db, id, cancellationToken);
        }
        else
        {
            var translations = await db.InterventionTexts.AsNoTracking().Where(t => t.InterventionId == id).ToListAsync(cancellationToken);
            await UpsertAsync(db, id, e => SearchEntries.Fill(e, intervention, translations), SearchEntries.Texts(intervention, translations), cancellationToken);
        }

        foreach (var documentId in documentIds)
        {
            await ReindexDocumentAsync(db, documentId, cancellationToken);
        }
    }

    private static async Task ReindexDocumentAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var document = await db.KnowledgeDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            await RemoveAsync(db, id, cancellationToken);
            return;
        }

        var intervention = document.InterventionId is { } parent
            ? await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == parent, cancellationToken)
            : null;
        await UpsertAsync(db, id, e => SearchEntries.Fill(e, document, intervention), SearchEntries.Texts(document), cancellationToken);
    }

    private static async Task UpsertAsync(
        AppDbContext db, Guid id, Action<KnowledgeSearchEntry> fill, IReadOnlyList<SearchText> texts, CancellationToken cancellationToken)
    {
        var entry = await db.Set<KnowledgeSearchEntry>().FirstOrDefaultAsync(e => e.ItemId == id, cancellationToken);
        if (entry is null)
        {
            entry = new KnowledgeSearchEntry();
            fill(entry);
            db.Add(entry);
        }
        else
        {
            fill(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        await FullTextEngines.For(db).WriteAsync(db, id, texts, replace: true, cancellationToken);
    }

    private static async Task RemoveAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await FullTextEngines.For(db).DeleteAsync(db, id, cancellationToken);
        await db.Set<KnowledgeSearchEntry>().Where(e => e.ItemId == id).ExecuteDeleteAsync(cancellationToken);
    }
}
