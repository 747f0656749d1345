using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Email;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Actions;

public sealed record BulkDecision(int Decided, int Skipped);

/// <summary>
/// Records an officer's decision for one person, or for every person of the officer's current filter after they
/// confirmed the count. Warning emails are handed to the sender job; persons who already have a pending or sent
/// email are skipped, so a second click never sends twice.
/// </summary>
public sealed class DecideContactHandler(
    AppDbContext db, OperationAccess access, PersonQueries queries, WarningEmailQueue emails, TimeProvider clock, IAuditLog audit)
{
    public const int MaxBulk = 10_000;

    public async Task<Outcome<Guid>> DecideAsync(
        ContactActor actor, Guid operationId, Guid personId, DecisionInput input, CancellationToken cancellationToken = default)
    {
        if (await access.FindVisibleAsync(actor, operationId, cancellationToken) is null)
        {
            return Outcome.NotFound<Guid>();
        }

        var person = await db.OperationPersons.AsNoTracking()
            .Where(p => p.Id == personId && p.OperationId == operationId)
            .Select(p => new { p.Id, HasEmail = p.Emails.Count > 0 })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Outcome.NotFound<Guid>();
        }

        var errors = Validate(input);
        if (input.Kind == ContactActionKind.WarningEmail && !person.HasEmail)
        {
            errors[nameof(input.Kind)] = ["This person has no email address; choose a letter, a visit or no action."];
        }

        if (input.Kind == ContactActionKind.WarningEmail && await HasLiveEmailAsync(person.Id, cancellationToken))
        {
            errors[nameof(input.Kind)] = ["A warning email to this person is already planned or sent."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<Guid>(errors);
        }

        var action = NewAction(actor, operationId, person.Id, input);
        db.ContactActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.contact-decided", nameof(OperationPerson), person.Id.ToString(), actor.AgencyCode,
            Reason: input.Reason?.ToString(), Details: $"{input.Kind}; action {action.Id}"), cancellationToken);
        if (input.Kind == ContactActionKind.WarningEmail)
        {
            await emails.EnqueueAsync(actor.AgencyCode!, operationId, cancellationToken);
        }

        return Outcome.Ok(action.Id);
    }

    /// <summary>How many persons a bulk decision would cover now (shown for confirmation).</summary>
    public async Task<int?> CountAsync(ContactActor actor, Guid operationId, PersonFilter filter, ContactActionKind kind, CancellationToken cancellationToken) =>
        await access.FindVisibleAsync(actor, operationId, cancellationToken) is null
            ? null
            : await Selection(operationId, filter, kind).CountAsync(cancellationToken);

    public async Task<Outcome<BulkDecision>> DecideBulkAsync(
        ContactActor actor, Guid operationId, PersonFilter filter, DecisionInput input, int confirmedCount, CancellationToken cancellationToken = default)
    {
        if (await access.FindVisibleAsync(actor, operationId, cancellationToken) is null)
        {
            return Outcome.NotFound<BulkDecision>();
        }

        var errors = Validate(input);
        if (input.Kind is ContactActionKind.Referral)
        {
            errors[nameof(input.Kind)] = ["A referral is made one person at a time, through the Cases referral form."];
        }

        var ids = await Selection(operationId, filter, input.Kind).OrderBy(p => p.Id).Select(p => p.Id).Take(MaxBulk + 1).ToListAsync(cancellationToken);
        if (ids.Count > MaxBulk)
        {
            errors[""] = [$"Narrow the selection to at most {MaxBulk} persons."];
        }
        else if (ids.Count != confirmedCount)
        {
            errors[""] = ["The selection changed since you confirmed it. Check the count and confirm again."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<BulkDecision>(errors);
        }

        var total = await queries.Filtered(operationId, filter).CountAsync(cancellationToken);
        db.ContactActions.AddRange(ids.Select(id => NewAction(actor, operationId, id, input)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.contact-decided-bulk", nameof(Operation), operationId.ToString(), actor.AgencyCode,
            Reason: input.Reason?.ToString(), Details: $"{input.Kind} for {ids.Count} persons; {filter.Describe()}"), cancellationToken);
        if (input.Kind == ContactActionKind.WarningEmail && ids.Count > 0)
        {
            await emails.EnqueueAsync(actor.AgencyCode!, operationId, cancellationToken);
        }

        return Outcome.Ok(new BulkDecision(ids.Count, total - ids.Count));
    }

    // Emails go only to persons with an address and without a live email; other kinds to the whole filtered selection.
    private IQueryable<OperationPerson> Selection(Guid operationId, PersonFilter filter, ContactActionKind kind)
    {
        var query = queries.Filtered(operationId, filter);
        return kind != ContactActionKind.WarningEmail ? query : query.Where(p => p.Emails.Count > 0 && !db.ContactActions.Any(a =>
            a.PersonId == p.Id && a.Kind == ContactActionKind.WarningEmail && a.Status != ContactActionStatus.Failed));
    }

    private Task<bool> HasLiveEmailAsync(Guid personId, CancellationToken cancellationToken) => db.ContactActions.AnyAsync(a =>
        a.PersonId == personId && a.Kind == ContactActionKind.WarningEmail && a.Status != ContactActionStatus.Failed, cancellationToken);

    private static Dictionary<string, string[]> Validate(DecisionInput input)
    {
        var errors = new Dictionary<string, string[]>(Outcome.Validate(input), StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(input.Kind)] = ["Choose a decision."];
        }

        if (input.Kind == ContactActionKind.NoAction && input.Reason is null)
        {
            errors[nameof(input.Reason)] = ["Choose the reason for no action."];
        }

        if (input.Kind == ContactActionKind.NoAction && input.Reason == NoActionReason.Other && (input.Notes?.Trim().Length ?? 0) < 10)
        {
            errors[nameof(input.Notes)] = ["Explain the reason in at least 10 characters."];
        }

        if (input.Language is { Length: > 0 } language && !WarningLanguages.IsKnown(language))
        {
            errors[nameof(input.Language)] = ["Choose one of the listed languages."];
        }

        return errors;
    }

    private ContactAction NewAction(ContactActor actor, Guid operationId, Guid personId, DecisionInput input)
    {
        var now = clock.GetUtcNow();
        var noAction = input.Kind == ContactActionKind.NoAction;
        return new ContactAction
        {
            AgencyCode = actor.AgencyCode!,
            OperationId = operationId,
            PersonId = personId,
            Kind = input.Kind,
            Status = noAction ? ContactActionStatus.Done : ContactActionStatus.Planned,
            Language = string.IsNullOrWhiteSpace(input.Language) ? null : input.Language.Trim().ToLowerInvariant(),
            NoActionReason = noAction ? input.Reason : null,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
            PlannedOn = input.Kind == ContactActionKind.Visit ? input.PlannedOn : null,
            DecidedById = actor.MemberId,
            DecidedAt = now,
            CompletedAt = noAction ? now : null,
        };
    }
}
