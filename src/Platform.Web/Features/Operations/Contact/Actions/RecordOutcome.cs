using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Actions;

public sealed class OutcomeInput
{
    [Display(Name = "Outcome")]
    public ContactOutcomeKind Kind { get; set; }

    /// <summary>When it happened; now when empty.</summary>
    [Display(Name = "Date")]
    public DateOnly? On { get; set; }

    [Display(Name = "Notes")]
    [StringLength(ContactAction.NotesLength, ErrorMessage = "Keep the notes to 2000 characters or fewer.")]
    public string? Notes { get; set; }
}

/// <summary>
/// Records what happened after an action (a later bounce, a visit done or not found, a reply, a denial) and keeps the
/// action's status and the person's first-contact time in line with the outcomes.
/// </summary>
public sealed class RecordOutcomeHandler(AppDbContext db, OperationAccess access, TimeProvider clock, IAuditLog audit)
{
    public static IReadOnlyList<ContactOutcomeKind> AllowedFor(ContactActionKind kind) => kind switch
    {
        ContactActionKind.WarningEmail => [ContactOutcomeKind.Bounced, ContactOutcomeKind.Responded, ContactOutcomeKind.Denied, ContactOutcomeKind.IdentityMisuseClaimed],
        ContactActionKind.Letter => [ContactOutcomeKind.Delivered, ContactOutcomeKind.Bounced, ContactOutcomeKind.Responded, ContactOutcomeKind.Denied, ContactOutcomeKind.IdentityMisuseClaimed],
        ContactActionKind.Visit => [ContactOutcomeKind.VisitDone, ContactOutcomeKind.NotFound, ContactOutcomeKind.Denied, ContactOutcomeKind.IdentityMisuseClaimed],
        ContactActionKind.Referral => [ContactOutcomeKind.Responded, ContactOutcomeKind.Denied],
        _ => [],
    };

    public async Task<Outcome<Guid>> HandleAsync(
        ContactActor actor, Guid operationId, Guid actionId, OutcomeInput input, CancellationToken cancellationToken = default)
    {
        if (await access.FindVisibleAsync(actor, operationId, cancellationToken) is null)
        {
            return Outcome.NotFound<Guid>();
        }

        var action = await db.ContactActions.FirstOrDefaultAsync(a => a.Id == actionId && a.OperationId == operationId, cancellationToken);
        if (action is null)
        {
            return Outcome.NotFound<Guid>();
        }

        var errors = Outcome.Validate(input);
        if (!AllowedFor(action.Kind).Contains(input.Kind))
        {
            return Outcome.Invalid<Guid>(nameof(input.Kind), "This outcome does not apply to this kind of action.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<Guid>(errors);
        }

        var now = clock.GetUtcNow();
        var at = input.On is { } on && on != DateOnly.FromDateTime(now.UtcDateTime)
            ? new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : now;
        if (at > now)
        {
            return Outcome.Invalid<Guid>(nameof(input.On), "Enter a date that is not in the future.");
        }

        var outcome = await AddAsync(action, input.Kind, at, actor.MemberId, input.Notes, cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.contact-outcome-recorded", nameof(OperationPerson), action.PersonId.ToString(), action.AgencyCode,
            Details: $"action {action.Id} ({action.Kind}): {input.Kind}"), cancellationToken);
        return Outcome.Ok(outcome.Id);
    }

    /// <summary>Adds the outcome, moves the action's status, recomputes the person's first contact, and saves.</summary>
    public async Task<ContactOutcome> AddAsync(ContactAction action, ContactOutcomeKind kind, DateTimeOffset at, string? memberId, string? notes, CancellationToken cancellationToken)
    {
        var outcome = new ContactOutcome
        {
            AgencyCode = action.AgencyCode,
            ActionId = action.Id,
            PersonId = action.PersonId,
            Kind = kind,
            At = at,
            RecordedById = memberId,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
        db.ContactOutcomes.Add(outcome);
        action.OutcomeAt = at;
        switch (kind)
        {
            case ContactOutcomeKind.Delivered or ContactOutcomeKind.VisitDone or ContactOutcomeKind.Referred:
                action.Status = ContactActionStatus.Done;
                action.CompletedAt ??= at;
                break;
            case ContactOutcomeKind.Bounced or ContactOutcomeKind.NotFound:
                action.Status = ContactActionStatus.Failed;
                action.CompletedAt = null;
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await RecomputeFirstContactAsync(action.PersonId, cancellationToken);
        return outcome;
    }

    private async Task RecomputeFirstContactAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.OperationPersons.FirstAsync(p => p.Id == personId, cancellationToken);
        var first = await db.ContactActions
            .Where(a => a.PersonId == personId && a.Kind != ContactActionKind.NoAction && a.Status == ContactActionStatus.Done && a.CompletedAt != null)
            .Select(a => a.CompletedAt).ToListAsync(cancellationToken);
        person.FirstContactedAt = first.Count == 0 ? null : first.Min();
        await db.SaveChangesAsync(cancellationToken);
    }
}
