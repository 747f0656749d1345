using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Every index entry held in memory per host (about 1 KB each: 10,000 profiles are ~10 MB), ordered by title, with
/// its facet values split once. Searches then filter, count facets and page without reading the entries table;
/// only the text match and the snippets of one page go to the database. Reloaded when the index stamp changes.
/// </summary>
public sealed class KnowledgeSearchSnapshot : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private Loaded? _current;

    public async Task<Loaded> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await db.Set<KnowledgeSearchState>().AsNoTracking()
            .Where(s => s.Id == KnowledgeSearchState.SingleRowId).Select(s => s.Stamp).FirstOrDefaultAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } current && current.Stamp == stamp)
        {
            return current;
        }

        // Inside a write transaction the index may hold uncommitted rows: load them for this search, never cache them.
        if (db.Database.CurrentTransaction is not null)
        {
            return await LoadAsync(db, stamp, cancellationToken);
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Stamp == stamp)
            {
                return loaded;
            }

            var fresh = await LoadAsync(db, stamp, cancellationToken);
            Volatile.Write(ref _current, fresh);
            return fresh;
        }
        finally
        {
            _reload.Release();
        }
    }

    private static async Task<Loaded> LoadAsync(AppDbContext db, Guid stamp, CancellationToken cancellationToken)
    {
        var entries = await db.Set<KnowledgeSearchEntry>().AsNoTracking().ToListAsync(cancellationToken);
        var candidates = entries
            // Ordinal: a culture-aware sort of 10,000 titles is many times slower, and ties are rare.
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.ItemId)
            .Select(e => new SearchCandidate(e))
            .ToArray();
        return new Loaded(stamp, candidates, candidates.ToDictionary(c => c.ItemId));
    }

    public void Dispose() => _reload.Dispose();

    public sealed record Loaded(Guid Stamp, IReadOnlyList<SearchCandidate> InTitleOrder, IReadOnlyDictionary<Guid, SearchCandidate> ById);
}
