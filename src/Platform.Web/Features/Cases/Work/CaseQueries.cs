using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed record CaseListItem(Guid Id, string CaseNumber, CaseStage Stage, string ProgrammeKey, int ProgrammeVersion, DateTimeOffset ReferredAt, int AgeAtReferral, int Version);

public sealed record TaskItem(Guid Id, Guid CaseId, string CaseNumber, CaseTaskKind Kind, DateOnly DueOn, bool IsOverdue, Guid? RelatedId);

public sealed record EnquiryItem(Guid Id, AgeBand AgeBand, ReferralSourceType ReferralSource, string ConcernSummary, DateTimeOffset ReceivedAt, Guid? CaseId, DateTimeOffset? ClosedAt);

public sealed record CaseQuery(string? Search = null, CaseStage? Stage = null, bool MineOnly = false, int? Page = null, int? PageSize = null);

/// <summary>Read side for the dashboard, lists and tasks; the agency filter keeps every answer inside the member's country.</summary>
public sealed class CaseQueries(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PageOf<CaseListItem>> CasesAsync(CaseActor actor, CaseQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var cases = db.Cases.AsNoTracking();
        if (query.MineOnly)
        {
            cases = cases.Where(c => c.AssignedMemberId == actor.MemberId);
        }

        if (query.Stage is { } stage)
        {
            cases = cases.Where(c => c.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.CaseNumber.Contains(term));
        }

        var items = await cases.OrderByDescending(c => c.ReferredAt).Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new CaseListItem(c.Id, c.CaseNumber, c.Stage, c.ProgrammeKey, c.ProgrammeVersion, c.ReferredAt, c.AgeAtReferral, c.Version))
            .ToListAsync(cancellationToken);
        var total = await cases.TotalAsync(paging, items.Count, cancellationToken);
        return new PageOf<CaseListItem>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>Open tasks of the actor due up to <paramref name="dueBy"/> (all open ones when null), oldest first.</summary>
    public async Task<PageOf<TaskItem>> TasksAsync(CaseActor actor, DateOnly? dueBy, bool mineOnly = true, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(page, pageSize);
        var tasks = db.CaseTasks.AsNoTracking().Where(t => t.DoneAt == null);
        if (mineOnly)
        {
            tasks = tasks.Where(t => t.AssigneeMemberId == actor.MemberId);
        }

        if (dueBy is { } limit)
        {
            tasks = tasks.Where(t => t.DueOn <= limit);
        }

        var today = Today;
        var items = await tasks.OrderBy(t => t.DueOn).Skip(paging.Skip).Take(paging.PageSize)
            .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new { t, c.CaseNumber })
            .Select(x => new TaskItem(x.t.Id, x.t.CaseId, x.CaseNumber, x.t.Kind, x.t.DueOn, x.t.DueOn < today, x.t.RelatedId))
            .ToListAsync(cancellationToken);
        var total = await tasks.TotalAsync(paging, items.Count, cancellationToken);
        return new PageOf<TaskItem>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<PageOf<EnquiryItem>> EnquiriesAsync(bool openOnly, int? page, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(page, pageSize);
        var enquiries = db.CaseEnquiries.AsNoTracking();
        if (openOnly)
        {
            enquiries = enquiries.Where(e => e.CaseId == null && e.ClosedAt == null);
        }

        var total = await enquiries.CountAsync(cancellationToken);
        var items = await enquiries.OrderByDescending(e => e.ReceivedAt).Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new EnquiryItem(e.Id, e.AgeBand, e.ReferralSource, e.ConcernSummary, e.ReceivedAt, e.CaseId, e.ClosedAt))
            .ToListAsync(cancellationToken);
        return new PageOf<EnquiryItem>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<EnquiryItem?> EnquiryAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.CaseEnquiries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EnquiryItem(e.Id, e.AgeBand, e.ReferralSource, e.ConcernSummary, e.ReceivedAt, e.CaseId, e.ClosedAt))
            .FirstOrDefaultAsync(cancellationToken);
}
