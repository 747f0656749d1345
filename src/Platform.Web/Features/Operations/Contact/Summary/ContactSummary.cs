using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Summary;

public sealed record CountrySummary(
    string AgencyCode, int Persons, int Decided, int Contacted, int Bounced, int NoAction, IReadOnlyDictionary<NoActionReason, int> NoActionByReason);

public sealed record OperationSummary(Guid OperationId, string Code, string Name, string CoordinatingAgencyCode, IReadOnlyList<CountrySummary> Countries);

/// <summary>
/// Counts per participating country for the coordinator and participants: how many persons, decided, contacted,
/// bounced and not actioned (by reason). Counts only; no person appears, so the query lifts the agency filter.
/// </summary>
public sealed class ContactSummaryHandler(AppDbContext db, OperationAccess access)
{
    public async Task<Outcome<OperationSummary>> HandleAsync(ContactActor actor, Guid operationId, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        if (operation is null)
        {
            return Outcome.NotFound<OperationSummary>();
        }

        using var _ = db.Scope.BeginSystemWork();
        var persons = await db.OperationPersons.Where(p => p.OperationId == operationId)
            .GroupBy(p => p.AgencyCode)
            .Select(g => new { Agency = g.Key, Count = g.Count(), Contacted = g.Count(p => p.FirstContactedAt != null) })
            .ToListAsync(cancellationToken);
        var actions = await db.ContactActions.Where(a => a.OperationId == operationId)
            .Select(a => new { a.AgencyCode, a.PersonId, a.Kind, a.Status, a.NoActionReason })
            .ToListAsync(cancellationToken);
        var bounced = await db.ContactOutcomes
            .Where(o => o.Kind == ContactOutcomeKind.Bounced && db.ContactActions.Any(a => a.Id == o.ActionId && a.OperationId == operationId))
            .Select(o => new { o.AgencyCode, o.PersonId }).Distinct().ToListAsync(cancellationToken);

        var countries = operation.Participants.Select(p => p.AgencyCode).Union(persons.Select(p => p.Agency)).Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var mine = actions.Where(a => a.AgencyCode == code).ToList();
                var noAction = mine.Where(a => a.Kind == ContactActionKind.NoAction).ToList();
                return new CountrySummary(
                    code,
                    persons.FirstOrDefault(p => p.Agency == code)?.Count ?? 0,
                    mine.Select(a => a.PersonId).Distinct().Count(),
                    persons.FirstOrDefault(p => p.Agency == code)?.Contacted ?? 0,
                    bounced.Count(b => b.AgencyCode == code),
                    noAction.Select(a => a.PersonId).Distinct().Count(),
                    noAction.Where(a => a.NoActionReason is not null).GroupBy(a => a.NoActionReason!.Value).ToDictionary(g => g.Key, g => g.Count()));
            }).ToList();
        return Outcome.Ok(new OperationSummary(operation.Id, operation.Code, operation.Name, operation.CoordinatingAgencyCode, countries));
    }
}
