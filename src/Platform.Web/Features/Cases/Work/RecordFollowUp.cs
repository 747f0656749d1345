using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class FollowUpInput
{
    public int Version { get; set; }

    [Display(Name = "What the justice system reports")]
    [Required(ErrorMessage = "Choose the outcome of the check.")]
    public FollowUpOutcome? Outcome { get; set; }

    [Display(Name = "Date of the new offence")]
    public DateOnly? NewOffenceDate { get; set; }

    [Display(Name = "Type of the new offence")]
    public CaseOffenceType? NewOffenceType { get; set; }

    [Display(Name = "Source")]
    [StringLength(200, ErrorMessage = "Keep the source to 200 characters or fewer.")]
    public string? Source { get; set; }

    [Display(Name = "Note")]
    [StringLength(2000, ErrorMessage = "Keep the note to 2000 characters or fewer.")]
    public string? Note { get; set; }
}

/// <summary>Records the outcome of a due follow-up as reported by the justice system, and closes its task.</summary>
public sealed class RecordFollowUpHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<FollowUp>> HandleAsync(CaseActor actor, Guid caseId, Guid followUpId, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        var followUp = @case is null ? null : await db.FollowUps.FirstOrDefaultAsync(f => f.Id == followUpId && f.CaseId == caseId, cancellationToken);
        if (@case is null || followUp is null)
        {
            return CaseOutcome.NotFound<FollowUp>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<FollowUp>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.RecordFollowUp) is { } refusal)
        {
            return CaseOutcome.Invalid<FollowUp>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        if (followUp.DueOn > rules.Today)
        {
            errors[""] = [$"This follow-up is due on {followUp.DueOn:yyyy-MM-dd}; record it from that date."];
        }

        if (followUp.Outcome is not null)
        {
            errors[""] = ["This follow-up was already recorded."];
        }

        if (input.Outcome == FollowUpOutcome.NewOffenceReported)
        {
            if (input.NewOffenceDate is null)
            {
                errors[nameof(input.NewOffenceDate)] = ["Enter the date of the new offence."];
            }

            if (input.NewOffenceType is null)
            {
                errors[nameof(input.NewOffenceType)] = ["Choose the type of the new offence."];
            }

            if (string.IsNullOrWhiteSpace(input.Source))
            {
                errors[nameof(input.Source)] = ["Name the justice source that reported it."];
            }
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<FollowUp>(errors);
        }

        var reported = input.Outcome == FollowUpOutcome.NewOffenceReported;
        followUp.Outcome = input.Outcome;
        followUp.NewOffenceDate = reported ? input.NewOffenceDate : null;
        followUp.NewOffenceType = reported ? input.NewOffenceType : null;
        followUp.Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        followUp.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        followUp.RecordedById = actor.MemberId;
        followUp.RecordedAt = editor.Now;
        foreach (var task in await db.CaseTasks.Where(t => t.RelatedId == followUp.Id && t.DoneAt == null).ToListAsync(cancellationToken))
        {
            task.DoneAt = editor.Now;
            task.DoneById = actor.MemberId;
        }

        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<FollowUp>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.follow-up-recorded", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: $"{followUp.MonthsAfterEnd} months: {followUp.Outcome}"), cancellationToken);
        return CaseOutcome.Ok(followUp);
    }
}
