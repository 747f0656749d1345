using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public enum ProgrammeEnd
{
    Completed = 0,
    DroppedOut = 1,
}

public sealed class EndProgrammeInput
{
    public int Version { get; set; }

    [Display(Name = "Outcome")]
    public ProgrammeEnd End { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date the programme ended.")]
    public DateOnly? EndedOn { get; set; }

    [Display(Name = "Reason or note")]
    [StringLength(2000, ErrorMessage = "Keep the reason to 2000 characters or fewer.")]
    public string? Reason { get; set; }
}

/// <summary>
/// Completion or drop-out (with its reason). Both schedule the programme's follow-ups (6, 12, 24 months after the
/// end date by default) with a task each: drop-outs matter for evaluation as much as completions.
/// </summary>
public sealed class EndProgrammeHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<Case>> HandleAsync(CaseActor actor, Guid caseId, EndProgrammeInput input, CancellationToken cancellationToken = default)
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

        var action = input.End == ProgrammeEnd.Completed ? CaseAction.Complete : CaseAction.DropOut;
        if (CaseStateMachine.Check(@case.Stage, action) is { } refusal)
        {
            return CaseOutcome.Invalid<Case>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        if (input.EndedOn > rules.Today)
        {
            errors[nameof(input.EndedOn)] = ["The end date cannot be in the future."];
        }

        if (input.End == ProgrammeEnd.DroppedOut && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors[nameof(input.Reason)] = ["Give the reason for the drop-out."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<Case>(errors);
        }

        @case.Stage = input.End == ProgrammeEnd.Completed ? CaseStage.Completed : CaseStage.DroppedOut;
        @case.EndedAt = editor.Now;
        @case.EndReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        foreach (var months in rules.Definition.FollowUpMonths.Order())
        {
            var followUp = new FollowUp
            {
                AgencyCode = @case.AgencyCode,
                CaseId = @case.Id,
                MonthsAfterEnd = months,
                DueOn = input.EndedOn!.Value.AddMonths(months),
            };
            db.FollowUps.Add(followUp);
            db.CaseTasks.Add(editor.NewTask(@case, CaseTaskKind.FollowUp, followUp.DueOn, followUp.Id));
        }

        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<Case>(raced);
        }

        await audit.RecordAsync(new AuditEvent(input.End == ProgrammeEnd.Completed ? "case.completed" : "case.dropped-out", nameof(Case), @case.Id.ToString(), @case.AgencyCode), cancellationToken);
        return CaseOutcome.Ok(@case);
    }
}
