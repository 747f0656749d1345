using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class CloseCaseInput
{
    public int Version { get; set; }

    [Display(Name = "Reason for closing")]
    public CaseClosureReason Reason { get; set; }

    [Display(Name = "Note")]
    [Required(ErrorMessage = "Explain why the case is closed.")]
    [StringLength(2000, ErrorMessage = "Keep the note to 2000 characters or fewer.")]
    public string Note { get; set; } = "";
}

/// <summary>Closes a case: after the follow-ups, or early (consent refused or withdrawn) with a note. Open tasks are cancelled.</summary>
public sealed class CloseCaseHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<Case>> HandleAsync(CaseActor actor, Guid caseId, CloseCaseInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<Case>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<Case>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.Close) is { } refusal)
        {
            return CaseOutcome.Invalid<Case>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        if (input.Reason == CaseClosureReason.NotEligible)
        {
            errors[nameof(input.Reason)] = ["Record a not-eligible decision on the eligibility page instead."];
        }

        if (input.Reason == CaseClosureReason.FollowUpFinished
            && await db.FollowUps.AnyAsync(f => f.CaseId == caseId && f.Outcome == null, cancellationToken))
        {
            errors[nameof(input.Reason)] = ["Some follow-ups are not recorded yet; record them or choose another reason."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<Case>(errors);
        }

        @case.Stage = CaseStage.Closed;
        @case.ClosedAt = editor.Now;
        @case.ClosureReason = input.Reason;
        @case.ClosureNote = input.Note.Trim();
        foreach (var task in await db.CaseTasks.Where(t => t.CaseId == caseId && t.DoneAt == null).ToListAsync(cancellationToken))
        {
            task.DoneAt = editor.Now;
            task.DoneById = actor.MemberId;
        }

        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<Case>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.closed", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: input.Reason.ToString()), cancellationToken);
        return CaseOutcome.Ok(@case);
    }
}
