using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class SessionInput
{
    public int Version { get; set; }

    [Display(Name = "Module")]
    public Guid PlannedModuleId { get; set; }

    /// <summary>A scheduled session being recorded; null for a new one.</summary>
    public Guid? SessionId { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the session.")]
    public DateOnly? ScheduledOn { get; set; }

    [Display(Name = "Status")]
    public SessionStatus Status { get; set; }

    [Display(Name = "Minutes delivered")]
    [Range(0, 1440, ErrorMessage = "Enter the minutes delivered, 0 to 1440.")]
    public int? DeliveredMinutes { get; set; }

    [Display(Name = "Fidelity items done")]
    public List<string> FidelityItemsDone { get; set; } = [];

    [Display(Name = "Deviation from the module")]
    [StringLength(2000, ErrorMessage = "Keep the deviation to 2000 characters or fewer.")]
    public string? Deviation { get; set; }

    [Display(Name = "Reason for the deviation")]
    [StringLength(2000, ErrorMessage = "Keep the reason to 2000 characters or fewer.")]
    public string? DeviationReason { get; set; }

    [Display(Name = "Note")]
    [StringLength(4000, ErrorMessage = "Keep the note to 4000 characters or fewer.")]
    public string? Note { get; set; }
}

/// <summary>
/// Schedules a session (a reminder task is due the working day before) or records one as delivered, missed or
/// cancelled, with the minutes, fidelity items and any deviation with its reason.
/// </summary>
public sealed class RecordSessionHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<SessionRecord>> HandleAsync(CaseActor actor, Guid caseId, SessionInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<SessionRecord>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<SessionRecord>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.RecordSession) is { } refusal)
        {
            return CaseOutcome.Invalid<SessionRecord>("", refusal);
        }

        var module = await db.PlannedModules.FirstOrDefaultAsync(m => m.Id == input.PlannedModuleId && m.CaseId == caseId, cancellationToken);
        var session = input.SessionId is { } sessionId
            ? await db.SessionRecords.FirstOrDefaultAsync(s => s.Id == sessionId && s.CaseId == caseId, cancellationToken)
            : null;
        if (input.SessionId is not null && session is null)
        {
            return CaseOutcome.NotFound<SessionRecord>();
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        if (module is null)
        {
            errors[nameof(input.PlannedModuleId)] = ["Choose a module of the plan."];
        }
        else if (input.FidelityItemsDone.Except(module.FidelityItems).Any())
        {
            errors[nameof(input.FidelityItemsDone)] = ["Choose fidelity items of this module only."];
        }

        if (input.Status != SessionStatus.Scheduled && input.ScheduledOn > rules.Today)
        {
            errors[nameof(input.ScheduledOn)] = ["A session in the future can only be scheduled."];
        }

        if (input.Status == SessionStatus.Delivered && input.DeliveredMinutes is null or 0)
        {
            errors[nameof(input.DeliveredMinutes)] = ["Enter the minutes delivered."];
        }

        if (!string.IsNullOrWhiteSpace(input.Deviation) && string.IsNullOrWhiteSpace(input.DeviationReason))
        {
            errors[nameof(input.DeviationReason)] = ["Give the reason for the deviation."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<SessionRecord>(errors);
        }

        if (session is null)
        {
            session = new SessionRecord { AgencyCode = @case.AgencyCode, CaseId = @case.Id, PlannedModuleId = module!.Id, RecordedById = actor.MemberId };
            db.SessionRecords.Add(session);
        }

        session.PlannedModuleId = module!.Id;
        session.ScheduledOn = input.ScheduledOn!.Value;
        session.Status = input.Status;
        session.DeliveredMinutes = input.Status == SessionStatus.Delivered ? input.DeliveredMinutes : null;
        session.FidelityItemsDone = input.Status == SessionStatus.Delivered ? [.. input.FidelityItemsDone.Distinct()] : [];
        session.Deviation = string.IsNullOrWhiteSpace(input.Deviation) ? null : input.Deviation.Trim();
        session.DeviationReason = string.IsNullOrWhiteSpace(input.DeviationReason) ? null : input.DeviationReason.Trim();
        session.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        session.RecordedById = actor.MemberId;
        session.RecordedAt = editor.Now;
        if (input.Status == SessionStatus.Scheduled)
        {
            var due = rules.Calendar.Before(session.ScheduledOn);
            db.CaseTasks.Add(editor.NewTask(@case, CaseTaskKind.SessionReminder, due < rules.Today ? rules.Today : due, session.Id));
        }
        else
        {
            foreach (var task in await db.CaseTasks.Where(t => t.RelatedId == session.Id && t.DoneAt == null).ToListAsync(cancellationToken))
            {
                task.DoneAt = editor.Now;
                task.DoneById = actor.MemberId;
            }
        }

        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<SessionRecord>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.session-recorded", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: $"{module.ModuleKey} {session.Status}"), cancellationToken);
        return CaseOutcome.Ok(session);
    }
}
