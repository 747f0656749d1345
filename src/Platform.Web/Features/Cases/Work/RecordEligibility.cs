using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class EligibilityInput
{
    public int Version { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    /// <summary>The officer's decision. Deliberately nullable: nothing defaults it, nothing derives it from the checklist.</summary>
    [Display(Name = "Decision")]
    [Required(ErrorMessage = "Choose the decision: eligible or not eligible.")]
    public EligibilityOutcome? Outcome { get; set; }

    [Display(Name = "Reason for the decision")]
    [Required(ErrorMessage = "Give the reason for the decision.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Explain the reason in 10 to 2000 characters.")]
    public string Reason { get; set; } = "";

    [Display(Name = "Signposting (where else the young person can go)")]
    [StringLength(2000, ErrorMessage = "Keep the signposting note to 2000 characters or fewer.")]
    public string? SignpostingNote { get; set; }
}

public sealed class CriterionInput
{
    public string Key { get; set; } = "";

    public CriterionResultValue Result { get; set; }

    [StringLength(1000, ErrorMessage = "Keep each evidence note to 1000 characters or fewer.")]
    public string? Evidence { get; set; }
}

/// <summary>
/// Records the eligibility checklist (each criterion of the programme version: met, not met or unknown, with
/// evidence) and the officer's own decision with its reason. The checklist never decides: an "eligible" decision
/// with unmet criteria is the officer's to make and explain. Not eligible closes the case with a signposting note.
/// </summary>
public sealed class RecordEligibilityHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<EligibilityDecision>> HandleAsync(CaseActor actor, Guid caseId, EligibilityInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<EligibilityDecision>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<EligibilityDecision>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.RecordEligibility) is { } refusal)
        {
            return CaseOutcome.Invalid<EligibilityDecision>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        var unknownKeys = input.Criteria.Select(c => c.Key).Except(rules.Definition.EligibilityCriteria.Select(c => c.Key)).ToList();
        if (unknownKeys.Count > 0)
        {
            errors[nameof(input.Criteria)] = [$"Unknown criteria for this programme: {string.Join(", ", unknownKeys)}."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<EligibilityDecision>(errors);
        }

        var decision = new EligibilityDecision
        {
            AgencyCode = @case.AgencyCode,
            CaseId = @case.Id,
            ProgrammeKey = @case.ProgrammeKey,
            ProgrammeVersion = @case.ProgrammeVersion,
            Criteria = [.. rules.Definition.EligibilityCriteria.Select(c =>
            {
                var given = input.Criteria.FirstOrDefault(i => i.Key == c.Key);
                return new CriterionResult
                {
                    CriterionKey = c.Key,
                    Statement = c.Statement,
                    Result = given?.Result ?? CriterionResultValue.Unknown,
                    EvidenceNote = string.IsNullOrWhiteSpace(given?.Evidence) ? null : given.Evidence.Trim(),
                };
            })],
            Outcome = input.Outcome!.Value,
            Reason = input.Reason.Trim(),
            SignpostingNote = string.IsNullOrWhiteSpace(input.SignpostingNote) ? null : input.SignpostingNote.Trim(),
            DecidedById = actor.MemberId,
            DecidedAt = editor.Now,
        };
        db.EligibilityDecisions.Add(decision);
        if (decision.Outcome == EligibilityOutcome.Eligible)
        {
            @case.Stage = CaseStage.Eligible;
        }
        else
        {
            @case.Stage = CaseStage.Closed;
            @case.ClosedAt = editor.Now;
            @case.ClosureReason = CaseClosureReason.NotEligible;
            @case.ClosureNote = decision.SignpostingNote;
        }

        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<EligibilityDecision>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.eligibility-recorded", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: decision.Outcome.ToString()), cancellationToken);
        return CaseOutcome.Ok(decision);
    }
}
