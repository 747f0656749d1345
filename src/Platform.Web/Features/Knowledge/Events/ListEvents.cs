using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

public enum EventPeriod
{
    Upcoming = 0,
    Past = 1,
    All = 2,
}

public sealed record EventQuery(EventPeriod When = EventPeriod.Upcoming, EventKind? Kind = null, string? Topic = null, string? Search = null, int? Page = null, int? PageSize = null);

/// <summary>Top-level events (not sessions) for every member: upcoming soonest first, past most recent first.</summary>
public sealed class ListEventsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PageOf<EventView>> HandleAsync(EventActor actor, EventQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize, 20);
        var now = clock.GetUtcNow();
        var events = db.KnowledgeEvents.AsNoTracking().Where(e => e.ParentId == null);
        if (query.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            var topic = query.Topic.Trim();
            events = events.Where(e => e.Topics.Contains(topic));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            events = events.Where(e => e.Title.ToLower().Contains(term) || e.Description.ToLower().Contains(term));
        }

        events = query.When switch
        {
            EventPeriod.Past => events.Where(e => e.EndsAt < now).OrderByDescending(e => e.StartsAt),
            EventPeriod.All => events.OrderByDescending(e => e.StartsAt),
            _ => events.Where(e => e.EndsAt >= now).OrderBy(e => e.StartsAt),
        };
        var total = await events.CountAsync(cancellationToken);
        var items = await events.Skip(paging.Skip).Take(paging.PageSize).ToViewsAsync(db, actor, cancellationToken);
        return new PageOf<EventView>(items, paging.Page, paging.PageSize, total);
    }

    public Task<EventView?> FindAsync(EventActor actor, Guid id, CancellationToken cancellationToken = default) =>
        EventQueries.FindWithSessionsAsync(db, actor, id, cancellationToken);
}
