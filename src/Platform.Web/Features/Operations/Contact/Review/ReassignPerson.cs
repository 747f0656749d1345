using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Web.Features.Operations.Contact.Review;

public sealed class ReassignInput
{
    /// <summary>The participating country to assign to (coordinator only); empty for "keep" or "hand back".</summary>
    [StringLength(2)]
    public string? Country { get; set; }

    [Required(ErrorMessage = "Give the reason for your decision.")]
    [StringLength(1000, MinimumLength = 10, ErrorMessage = "Explain the reason in 10 to 1000 characters.")]
    public string Reason { get; set; } = "";
}

/// <summary>
/// Moves an account holder between countries by a human decision: the coordinator assigns a reviewed person to a
/// participating country (or keeps it), and a national officer hands a mis-attributed person back to the coordinator.
/// The move is the one place where a write crosses agencies, so it runs as system work here and nowhere else; an
/// AnalystDecision evidence row and the audit entry record who decided and why. Pseudonyms are re-keyed with the new
/// owner's key, because each country's keys are its own.
/// </summary>
public sealed class ReassignPersonHandler(AppDbContext db, OperationAccess access, IAgencyPseudonyms pseudonyms, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<string>> AssignAsync(ContactActor actor, Guid operationId, Guid personId, ReassignInput input, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        if (operation is null || operation.CoordinatingAgencyCode != actor.AgencyCode)
        {
            return Outcome.NotFound<string>();
        }

        var country = input.Country?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(country) && !operation.Participants.Any(p => p.AgencyCode == country))
        {
            return Outcome.Invalid<string>(nameof(input.Country), "Choose a participating country.");
        }

        return await MoveAsync(actor, operation, personId, string.IsNullOrEmpty(country) ? actor.AgencyCode! : country, input, "assigned", cancellationToken);
    }

    public async Task<Outcome<string>> HandBackAsync(ContactActor actor, Guid operationId, Guid personId, ReassignInput input, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        if (operation is null)
        {
            return Outcome.NotFound<string>();
        }

        if (operation.CoordinatingAgencyCode == actor.AgencyCode)
        {
            return Outcome.Invalid<string>("", "Your agency coordinates this operation; use the review list instead.");
        }

        return await MoveAsync(actor, operation, personId, operation.CoordinatingAgencyCode, input, "handed-back", cancellationToken);
    }

    private async Task<Outcome<string>> MoveAsync(
        ContactActor actor, Operation operation, Guid personId, string target, ReassignInput input, string verb, CancellationToken cancellationToken)
    {
        // Found through the agency filter first: a person of another country stays a 404.
        var person = await db.OperationPersons.FirstOrDefaultAsync(p => p.Id == personId && p.OperationId == operation.Id, cancellationToken);
        if (person is null)
        {
            return Outcome.NotFound<string>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<string>(errors);
        }

        if (target != person.AgencyCode && await db.ContactActions.AnyAsync(a => a.PersonId == person.Id, cancellationToken))
        {
            return Outcome.Invalid<string>("", "Your country already recorded contact decisions for this person; it cannot be moved.");
        }

        var source = person.AgencyCode;
        var now = clock.GetUtcNow();
        using (db.Scope.BeginSystemWork())
        {
            person.AgencyCode = target;
            person.NeedsReview = verb == "handed-back";
            person.UpdatedAt = now;
            person.AttributionNote = Limit($"{(verb == "handed-back" ? "Handed back" : "Decided")} by {source}: {input.Reason.Trim()}", 1000);
            person.Evidence.Add(new PersonEvidence
            {
                Kind = EvidenceKind.AnalystDecision,
                Value = target,
                Country = verb == "handed-back" ? null : target,
                Detail = Limit($"{source} {verb}: {input.Reason.Trim()}", 1000),
            });
            if (target != source)
            {
                Rekey(person, target);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.RecordAsync(new AuditEvent($"operation.person-{verb}", nameof(OperationPerson), person.Id.ToString(), source,
            Reason: input.Reason.Trim(), Details: $"from {source} to {target}"), cancellationToken);
        return Outcome.Ok(target);
    }

    /// <summary>The owner's key keys the pseudonyms: the same identifiers, keyed again under the new owner's key.</summary>
    private void Rekey(OperationPerson person, string target) =>
        person.Pseudonyms = [.. person.Emails.Concat(person.Usernames.Select(u => u.ToLowerInvariant()))
            .Select(value => pseudonyms.For(target, OperationPerson.PseudonymPurpose, value)).Distinct(StringComparer.Ordinal)];

    private static string Limit(string text, int length) => text.Length > length ? text[..length] : text;
}
