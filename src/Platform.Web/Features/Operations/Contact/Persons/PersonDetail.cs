using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Persons;

public sealed record EvidenceView(EvidenceKind Kind, string Value, string? Country, int Count, string? Detail);

public sealed record OutcomeView(ContactOutcomeKind Kind, DateTimeOffset At, string? Notes, bool ByMember);

public sealed record ActionView(
    Guid Id,
    ContactActionKind Kind,
    ContactActionStatus Status,
    string? Language,
    NoActionReason? NoActionReason,
    string? Notes,
    DateTimeOffset DecidedAt,
    DateOnly? PlannedOn,
    DateTimeOffset? CompletedAt,
    Guid? CaseId,
    IReadOnlyList<OutcomeView> Outcomes);

public sealed record PersonView(
    Guid Id,
    Guid OperationId,
    string OperationCode,
    string OperationName,
    string TargetService,
    string AgencyCode,
    bool IsCoordinator,
    string? AttributedCountry,
    AttributionConfidence Confidence,
    bool NeedsReview,
    string? AttributionNote,
    int AccountCount,
    IReadOnlyList<string> Usernames,
    IReadOnlyList<string> Emails,
    bool Paid,
    int PaymentCount,
    long AmountPaidCents,
    int AttackCount,
    DateTimeOffset? FirstActivityAt,
    DateTimeOffset? LastActivityAt,
    int? StatedAge,
    DateTimeOffset? FirstContactedAt,
    ContactState State,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<ActionView> Actions);

/// <summary>Everything the country holds on one account holder, and what was decided and happened; the view is audited.</summary>
public sealed class PersonDetailHandler(AppDbContext db, OperationAccess access, IAuditLog audit)
{
    public async Task<Outcome<PersonView>> HandleAsync(ContactActor actor, Guid operationId, Guid personId, CancellationToken cancellationToken = default)
    {
        var view = await FindAsync(actor, operationId, personId, cancellationToken);
        if (view is null)
        {
            return Outcome.NotFound<PersonView>();
        }

        await audit.RecordAsync(new AuditEvent("operation.person-viewed", nameof(OperationPerson), view.Id.ToString(), view.AgencyCode,
            Details: $"operation {view.OperationCode}"), cancellationToken);
        return Outcome.Ok(view);
    }

    /// <summary>The same view without an audit entry, for pages that act on the person (their action is audited).</summary>
    public async Task<PersonView?> FindAsync(ContactActor actor, Guid operationId, Guid personId, CancellationToken cancellationToken)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        var person = operation is null ? null : await db.OperationPersons.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == personId && p.OperationId == operationId, cancellationToken);
        if (operation is null || person is null)
        {
            return null;
        }

        var actions = await db.ContactActions.AsNoTracking().Include(a => a.Outcomes)
            .Where(a => a.PersonId == person.Id).OrderBy(a => a.DecidedAt).ToListAsync(cancellationToken);
        var state = PersonQueries.StateOf(
            person.FirstContactedAt is not null, actions.Any(a => a.Kind == ContactActionKind.NoAction), actions.Count > 0);
        return new PersonView(
            person.Id, operation.Id, operation.Code, operation.Name, operation.TargetService, person.AgencyCode,
            operation.CoordinatingAgencyCode == actor.AgencyCode, person.AttributedCountry, person.Confidence, person.NeedsReview,
            person.AttributionNote, person.AccountCount, person.Usernames, person.Emails, person.Paid, person.PaymentCount,
            person.AmountPaidCents, person.AttackCount, person.FirstActivityAt, person.LastActivityAt, person.StatedAge,
            person.FirstContactedAt, state,
            [.. person.Evidence.OrderBy(e => e.Kind).Select(e => new EvidenceView(e.Kind, e.Value, e.Country, e.Count, e.Detail))],
            [.. actions.Select(a => new ActionView(
                a.Id, a.Kind, a.Status, a.Language, a.NoActionReason, a.Notes, a.DecidedAt, a.PlannedOn, a.CompletedAt, a.CaseId,
                [.. a.Outcomes.OrderBy(o => o.At).Select(o => new OutcomeView(o.Kind, o.At, o.Notes, o.RecordedById is not null))]))]);
    }
}
