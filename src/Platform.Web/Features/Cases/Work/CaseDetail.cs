using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed record ModuleDosage(PlannedModule Module, int DeliveredSessions, int DeliveredMinutes, int MissedSessions, IReadOnlyList<SessionRecord> Sessions);

/// <summary>
/// Everything on one case page. Identity fields are not part of it: the page shows them masked, and revealing one
/// (with a reason, audited) is the Protection part's job.
/// </summary>
public sealed record CaseDetail(
    Case Case,
    IReadOnlyList<EligibilityDecision> Eligibility,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<ModuleDosage> Plan,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<CaseTask> OpenTasks,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyDictionary<string, string> MemberNames)
{
    public bool HasIdentity(string? protectedValue) => !string.IsNullOrEmpty(protectedValue);

    public string NameOf(string? memberId) => memberId is not null && MemberNames.TryGetValue(memberId, out var name) ? name : "—";
}

public sealed class CaseDetailQuery(AppDbContext db)
{
    public async Task<CaseDetail?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var eligibility = await db.EligibilityDecisions.AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.RecordedAt).ToListAsync(cancellationToken);
        var modules = await db.PlannedModules.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.PlannedAt).ToListAsync(cancellationToken);
        var sessions = await db.SessionRecords.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.ScheduledOn).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == id).OrderBy(f => f.MonthsAfterEnd).ToListAsync(cancellationToken);
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.CaseId == id && t.DoneAt == null).OrderBy(t => t.DueOn).ToListAsync(cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        var plan = modules.Select(m =>
        {
            var own = sessions.Where(s => s.PlannedModuleId == m.Id).ToList();
            return new ModuleDosage(m, own.Count(s => s.Status == SessionStatus.Delivered), own.Sum(s => s.DeliveredMinutes ?? 0), own.Count(s => s.Status == SessionStatus.Missed), own);
        }).ToList();
        var memberIds = new HashSet<string>([@case.AssignedMemberId, @case.ReferredById, .. eligibility.Select(d => d.DecidedById), .. consents.Select(c => c.RecordedById),
            .. modules.Select(m => m.PlannedById), .. modules.Select(m => m.PartnerCoachMemberId ?? ""), .. followUps.Select(f => f.RecordedById ?? ""), .. notes.Select(n => n.AuthorId)]);
        var names = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new CaseDetail(@case, eligibility, consents, plan, followUps, tasks, notes, names);
    }
}
