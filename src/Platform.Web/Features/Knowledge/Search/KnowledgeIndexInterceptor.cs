using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Keeps the search index in step with the catalogue: a save that adds, changes or removes an intervention, a
/// translation or a document also rewrites those items' index entries, in the same transaction (one is opened when
/// the caller has none), so the index never shows a state the catalogue did not commit.
/// Bulk ExecuteUpdate/ExecuteDelete bypass interceptors: callers of those use <see cref="IKnowledgeSearch.ReindexAsync"/>.
/// </summary>
public sealed class KnowledgeIndexInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Collect(db) is { Count: > 0 } items)
        {
            var owned = db.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            _pending.AddOrUpdate(db, new Pending(items, owned));
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || !_pending.TryGetValue(db, out var pending))
        {
            return result;
        }

        _pending.Remove(db);
        try
        {
            await KnowledgeIndexer.ReindexAsync(db, pending.Items, cancellationToken);
            if (pending.Transaction is not null)
            {
                await pending.Transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (pending.Transaction is not null)
            {
                await pending.Transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && _pending.TryGetValue(db, out var pending))
        {
            _pending.Remove(db);
            if (pending.Transaction is not null)
            {
                await pending.Transaction.DisposeAsync();
            }
        }
    }

    // Synchronous saves take the same path; ASP.NET Core has no synchronization context to deadlock on.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private static List<(KnowledgeItemKind, Guid)> Collect(AppDbContext db)
    {
        var items = new List<(KnowledgeItemKind, Guid)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Intervention i:
                    items.Add((KnowledgeItemKind.Intervention, i.Id));
                    break;
                case InterventionText t:
                    items.Add((KnowledgeItemKind.Intervention, t.InterventionId));
                    break;
                case KnowledgeDocument d:
                    items.Add((KnowledgeItemKind.Document, d.Id));
                    break;
            }
        }

        return items;
    }

    private sealed record Pending(List<(KnowledgeItemKind, Guid)> Items, IDbContextTransaction? Transaction);
}
