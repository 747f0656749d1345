using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Actions;

public sealed record ReferralLink(Guid ActionId, Guid CaseId, string CaseNumber);

/// <summary>
/// Opens a case through Cases' own referral handler with the officer's completed form, then records a referral
/// action pointing to the case (so the person shows the case, and the case is found from the action by its id).
/// </summary>
public sealed class ReferIntoCasesHandler(
    AppDbContext db, OperationAccess access, CreateReferralHandler cases, RecordOutcomeHandler outcomes, TimeProvider clock, IAuditLog audit)
{
    public static ReferralInput Prefill(PersonView person) => new()
    {
        ReferralSource = ReferralSourceType.TakedownOperation,
        ReferrerOrganisation = $"{person.OperationCode} ({person.TargetService})",
        DataSubjectCategory = DataSubjectCategory.Suspect,
        Contact = person.Emails.Count > 0 ? person.Emails[0] : null,
        OffenceType = CaseOffenceType.DdosForHire,
        OffenceDate = person.LastActivityAt is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : null,
        OffenceDescription = $"Account holder in seized data of {person.TargetService} (operation {person.OperationCode}): "
            + $"{person.AccountCount} account(s), {person.AttackCount} attack(s), paid: {(person.Paid ? "yes" : "no")}.",
        OffenceDescriptionKind = StatementKind.Fact,
    };

    public async Task<Outcome<ReferralLink>> HandleAsync(ContactActor actor, Guid operationId, Guid personId, ReferralInput input, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        var personExists = operation is not null
            && await db.OperationPersons.AnyAsync(p => p.Id == personId && p.OperationId == operationId, cancellationToken);
        if (!personExists || actor.AgencyCode is null)
        {
            return Outcome.NotFound<ReferralLink>();
        }

        var created = await cases.HandleAsync(new CaseActor(actor.MemberId, actor.AgencyCode), input, cancellationToken);
        if (created.IsNotFound)
        {
            return Outcome.NotFound<ReferralLink>();
        }

        if (!created.IsOk)
        {
            return Outcome.Invalid<ReferralLink>(created.Errors);
        }

        var now = clock.GetUtcNow();
        var action = new ContactAction
        {
            AgencyCode = actor.AgencyCode,
            OperationId = operationId,
            PersonId = personId,
            Kind = ContactActionKind.Referral,
            Status = ContactActionStatus.Planned,
            DecidedById = actor.MemberId,
            DecidedAt = now,
            CaseId = created.Value!.Id,
            Notes = $"Case {created.Value.CaseNumber}",
        };
        db.ContactActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        await outcomes.AddAsync(action, ContactOutcomeKind.Referred, now, actor.MemberId, null, cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.person-referred", nameof(OperationPerson), personId.ToString(), actor.AgencyCode,
            Details: $"action {action.Id} → case {created.Value.Id}"), cancellationToken);
        return Outcome.Ok(new ReferralLink(action.Id, created.Value.Id, created.Value.CaseNumber));
    }
}
