using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Protection.Coach;

/// <summary>
/// What a company coach sees of an assignment they supervise. Minimal by design: the case number as the only
/// label (never the name, date of birth or contact: the coach meets the young person and needs no record of who
/// they are), the module, the brief, and planned vs delivered sessions of this assignment only.
/// </summary>
public sealed record CoachAssignmentView(
    Guid Id,
    string CaseNumber,
    string ModuleName,
    string? Brief,
    int PlannedSessions,
    int DeliveredSessions,
    bool CanRecord,
    IReadOnlyList<string> FidelityItems,
    IReadOnlyList<CoachSessionView> Sessions);

public sealed record CoachSessionView(Guid Id, DateOnly ScheduledOn, SessionStatus Status, int? DeliveredMinutes, IReadOnlyList<string> FidelityItemsDone);

public sealed class CoachSessionInput
{
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the session.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Attendance")]
    [Required(ErrorMessage = "Choose whether the young person attended.")]
    public bool? Attended { get; set; }

    [Display(Name = "Minutes")]
    [Range(1, 600, ErrorMessage = "Enter the minutes spent, between 1 and 600.")]
    public int? Minutes { get; set; }

    public List<string> FidelityItemsDone { get; set; } = [];
}

/// <summary>
/// The coach's only way into case data. Partner members have no agency claim, so the agency filter hides every
/// case row from them; this handler lifts it for one query bounded by PartnerCoachMemberId = the signed-in member,
/// and writes as the owning agency. Anything not assigned to the coach is "not found".
/// </summary>
public sealed class CoachAssignmentsHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<CoachAssignmentView>> ListAsync(string coachMemberId, CancellationToken cancellationToken)
    {
        using var system = db.Scope.BeginSystemWork();
        var modules = await AssignmentsOf(coachMemberId).ToListAsync(cancellationToken);
        var views = new List<CoachAssignmentView>();
        foreach (var (module, number, stage) in modules.Select(m => (m.Module, m.CaseNumber, m.Stage)))
        {
            views.Add(await ViewAsync(module, number, stage, cancellationToken));
        }

        return views;
    }

    public async Task<CoachAssignmentView?> FindAsync(string coachMemberId, Guid assignmentId, CancellationToken cancellationToken)
    {
        using var system = db.Scope.BeginSystemWork();
        var found = await AssignmentsOf(coachMemberId, assignmentId).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : await ViewAsync(found.Module, found.CaseNumber, found.Stage, cancellationToken);
    }

    public async Task<Outcome<CoachSessionView>> RecordSessionAsync(
        string coachMemberId, Guid assignmentId, CoachSessionInput input, CancellationToken cancellationToken)
    {
        Assignment? found;
        using (db.Scope.BeginSystemWork())
        {
            found = await AssignmentsOf(coachMemberId, assignmentId).SingleOrDefaultAsync(cancellationToken);
        }

        if (found is null)
        {
            return Outcome.NotFound<CoachSessionView>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<CoachSessionView>(errors);
        }

        if (CaseStateMachine.Check(found.Stage, CaseAction.RecordSession) is { } refusal)
        {
            return Outcome.Invalid<CoachSessionView>("", refusal);
        }

        var module = found.Module;
        using var agency = db.Scope.ActAs(module.AgencyCode);
        var subject = await db.Cases.SingleAsync(c => c.Id == module.CaseId, cancellationToken);
        var now = clock.GetUtcNow();
        var session = new SessionRecord
        {
            AgencyCode = module.AgencyCode,
            CaseId = module.CaseId,
            PlannedModuleId = module.Id,
            ScheduledOn = input.Date!.Value,
            Status = input.Attended == true ? SessionStatus.Delivered : SessionStatus.Missed,
            DeliveredMinutes = input.Attended == true ? input.Minutes : null,
            FidelityItemsDone = input.FidelityItemsDone.Where(module.FidelityItems.Contains).Distinct().ToList(),
            RecordedById = coachMemberId,
            RecordedAt = now,
        };
        db.SessionRecords.Add(session);
        subject.Version++;
        subject.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("coach.session-recorded", "SessionRecord", session.Id.ToString(), module.AgencyCode,
            Details: $"{subject.CaseNumber} {module.ModuleKey}: {session.Status}"), cancellationToken);
        return Outcome.Ok(ToView(session));
    }

    private IQueryable<Assignment> AssignmentsOf(string coachMemberId, Guid? assignmentId = null) =>
        from m in db.PlannedModules
        join c in db.Cases on m.CaseId equals c.Id
        where m.PartnerCoachMemberId == coachMemberId && m.PartnerCoachMemberId != null && m.IsAssignment
              && m.AgencyCode == c.AgencyCode && c.Stage != CaseStage.Closed
              && (assignmentId == null || m.Id == assignmentId)
        orderby c.CaseNumber
        select new Assignment(m, c.CaseNumber, c.Stage);

    private async Task<CoachAssignmentView> ViewAsync(PlannedModule module, string caseNumber, CaseStage stage, CancellationToken cancellationToken)
    {
        var sessions = await db.SessionRecords.AsNoTracking()
            .Where(s => s.PlannedModuleId == module.Id && s.CaseId == module.CaseId)
            .OrderBy(s => s.ScheduledOn).ToListAsync(cancellationToken);
        return new CoachAssignmentView(module.Id, caseNumber, module.ModuleName, module.AssignmentBrief, module.PlannedSessions,
            sessions.Count(s => s.Status == SessionStatus.Delivered), CaseStateMachine.Allows(stage, CaseAction.RecordSession),
            module.FidelityItems, sessions.Select(ToView).ToList());
    }

    private static CoachSessionView ToView(SessionRecord s) => new(s.Id, s.ScheduledOn, s.Status, s.DeliveredMinutes, s.FidelityItemsDone);

    private sealed record Assignment(PlannedModule Module, string CaseNumber, CaseStage Stage);
}
