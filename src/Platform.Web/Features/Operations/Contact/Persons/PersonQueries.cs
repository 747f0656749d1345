using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>The officer's filters as one EF query over the country's persons of one operation (isolation by the agency filter).</summary>
public sealed class PersonQueries(AppDbContext db)
{
    public IQueryable<OperationPerson> Filtered(Guid operationId, PersonFilter filter)
    {
        var query = db.OperationPersons.AsNoTracking().Where(p => p.OperationId == operationId);
        if (filter.Paid is { } paid)
        {
            query = query.Where(p => p.Paid == paid);
        }

        if (filter.MinAttacks is { } attacks)
        {
            query = query.Where(p => p.AttackCount >= attacks);
        }

        if (filter.MinAge is { } minAge)
        {
            query = query.Where(p => p.StatedAge != null && p.StatedAge >= minAge);
        }

        if (filter.MaxAge is { } maxAge)
        {
            query = query.Where(p => p.StatedAge != null && p.StatedAge <= maxAge);
        }

        if (filter.HasEmail is { } hasEmail)
        {
            query = hasEmail ? query.Where(p => p.Emails.Count > 0) : query.Where(p => p.Emails.Count == 0);
        }

        if (filter.ActiveFrom is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(p => p.LastActivityAt != null && p.LastActivityAt >= start);
        }

        if (filter.ActiveTo is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(p => p.FirstActivityAt != null && p.FirstActivityAt < end);
        }

        if (filter.Confidence is { } confidence)
        {
            query = query.Where(p => p.Confidence == confidence);
        }

        if (filter.NeedsReview is { } review)
        {
            query = query.Where(p => p.NeedsReview == review);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(p => p.Usernames.Any(u => u.ToLower().Contains(search)) || p.Emails.Any(e => e.Contains(search)));
        }

        return filter.State switch
        {
            ContactState.Contacted => query.Where(p => p.FirstContactedAt != null),
            ContactState.NoAction => query.Where(p => p.FirstContactedAt == null
                && db.ContactActions.Any(a => a.PersonId == p.Id && a.Kind == ContactActionKind.NoAction)),
            ContactState.Planned => query.Where(p => p.FirstContactedAt == null
                && !db.ContactActions.Any(a => a.PersonId == p.Id && a.Kind == ContactActionKind.NoAction)
                && db.ContactActions.Any(a => a.PersonId == p.Id)),
            ContactState.Undecided => query.Where(p => p.FirstContactedAt == null && !db.ContactActions.Any(a => a.PersonId == p.Id)),
            _ => query,
        };
    }

    public static IQueryable<OperationPerson> Sorted(IQueryable<OperationPerson> query, PersonFilter filter) => (filter.Sort ?? PersonSort.Attacks, filter.Ascending == true) switch
    {
        (PersonSort.AmountPaid, false) => query.OrderByDescending(p => p.AmountPaidCents).ThenBy(p => p.Id),
        (PersonSort.AmountPaid, true) => query.OrderBy(p => p.AmountPaidCents).ThenBy(p => p.Id),
        (PersonSort.LastActivity, false) => query.OrderByDescending(p => p.LastActivityAt).ThenBy(p => p.Id),
        (PersonSort.LastActivity, true) => query.OrderBy(p => p.LastActivityAt).ThenBy(p => p.Id),
        (PersonSort.AccountCount, false) => query.OrderByDescending(p => p.AccountCount).ThenBy(p => p.Id),
        (PersonSort.AccountCount, true) => query.OrderBy(p => p.AccountCount).ThenBy(p => p.Id),
        (_, true) => query.OrderBy(p => p.AttackCount).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.AttackCount).ThenBy(p => p.Id),
    };

    public static ContactState StateOf(bool contacted, bool hasNoAction, bool hasAction) =>
        contacted ? ContactState.Contacted
        : hasNoAction ? ContactState.NoAction
        : hasAction ? ContactState.Planned
        : ContactState.Undecided;
}
