using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>One line of a work package: identifiers to recognise the person and the facts the officer filters on.</summary>
public sealed record PersonRow(
    Guid Id,
    string? FirstUsername,
    int AccountCount,
    bool HasEmail,
    bool Paid,
    long AmountPaidCents,
    int AttackCount,
    DateTimeOffset? LastActivityAt,
    int? StatedAge,
    AttributionConfidence Confidence,
    bool NeedsReview,
    ContactState State);

public sealed record WorkPackage(Guid OperationId, string OperationCode, string OperationName, string AgencyCode, bool IsCoordinator, PageOf<PersonRow> Persons);

/// <summary>The member's own country's persons of one operation, filtered and sorted as the officer chose; the view is audited.</summary>
public sealed class ListPersonsHandler(AppDbContext db, OperationAccess access, PersonQueries queries, IAuditLog audit)
{
    public async Task<Outcome<WorkPackage>> HandleAsync(
        ContactActor actor, Guid operationId, PersonFilter filter, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        if (operation is null || actor.AgencyCode is null)
        {
            return Outcome.NotFound<WorkPackage>();
        }

        var paging = Paging.From(page, pageSize, 50);
        var query = queries.Filtered(operationId, filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await PersonQueries.Sorted(query, filter)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new
            {
                p.Id,
                p.Usernames,
                p.AccountCount,
                HasEmail = p.Emails.Count > 0,
                p.Paid,
                p.AmountPaidCents,
                p.AttackCount,
                p.LastActivityAt,
                p.StatedAge,
                p.Confidence,
                p.NeedsReview,
                Contacted = p.FirstContactedAt != null,
                HasNoAction = db.ContactActions.Any(a => a.PersonId == p.Id && a.Kind == ContactActionKind.NoAction),
                HasAction = db.ContactActions.Any(a => a.PersonId == p.Id),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new PersonRow(
            r.Id, r.Usernames.FirstOrDefault(), r.AccountCount, r.HasEmail, r.Paid, r.AmountPaidCents, r.AttackCount, r.LastActivityAt,
            r.StatedAge, r.Confidence, r.NeedsReview, PersonQueries.StateOf(r.Contacted, r.HasNoAction, r.HasAction))).ToList();

        await audit.RecordAsync(new AuditEvent(
            "operation.persons-viewed", nameof(Operation), operation.Id.ToString(), actor.AgencyCode,
            Details: $"page {paging.Page}, {items.Count} of {total}; {filter.Describe()}"), cancellationToken);
        return Outcome.Ok(new WorkPackage(
            operation.Id, operation.Code, operation.Name, actor.AgencyCode, operation.CoordinatingAgencyCode == actor.AgencyCode,
            new PageOf<PersonRow>(items, paging.Page, paging.PageSize, total)));
    }
}
