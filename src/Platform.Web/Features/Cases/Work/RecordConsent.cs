using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class ConsentInput
{
    public int Version { get; set; }

    [Display(Name = "Whose consent")]
    public ConsentPerson Person { get; set; }

    [Display(Name = "Consent")]
    public ConsentStatus Status { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the consent.")]
    public DateOnly? GivenOn { get; set; }

    [Display(Name = "Scope")]
    public List<string> Scope { get; set; } = [];

    [Display(Name = "Note")]
    [StringLength(2000, ErrorMessage = "Keep the note to 2000 characters or fewer.")]
    public string? Note { get; set; }
}

/// <summary>Records consent (given, refused or withdrawn) of the young person or a guardian, with date and scope.</summary>
public sealed class RecordConsentHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<ConsentRecord>> HandleAsync(CaseActor actor, Guid caseId, ConsentInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<ConsentRecord>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<ConsentRecord>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.RecordConsent) is { } refusal)
        {
            return CaseOutcome.Invalid<ConsentRecord>("", refusal);
        }

        var errors = CaseOutcome.Validate(input);
        var rules = await editor.RulesAsync(@case, cancellationToken);
        if (input.GivenOn > rules.Today)
        {
            errors[nameof(input.GivenOn)] = ["The consent date cannot be in the future."];
        }

        if (input.Status == ConsentStatus.Given && input.Scope.Count == 0)
        {
            errors[nameof(input.Scope)] = ["Choose what the consent covers."];
        }

        if (input.Scope.Except(rules.Definition.Consent.Scopes).Any())
        {
            errors[nameof(input.Scope)] = ["Choose scopes of this programme only."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<ConsentRecord>(errors);
        }

        var record = new ConsentRecord
        {
            AgencyCode = @case.AgencyCode,
            CaseId = @case.Id,
            Person = input.Person,
            Status = input.Status,
            GivenOn = input.GivenOn!.Value,
            Scope = [.. input.Scope.Distinct()],
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedById = actor.MemberId,
            RecordedAt = editor.Now,
        };
        db.ConsentRecords.Add(record);
        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<ConsentRecord>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.consent-recorded", nameof(Case), @case.Id.ToString(), @case.AgencyCode, Details: $"{record.Person} {record.Status}"), cancellationToken);
        return CaseOutcome.Ok(record);
    }
}
