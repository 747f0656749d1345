using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// <see cref="IPersonWriter"/> in batches of <see cref="BatchSize"/> (SaveChanges, then the change tracker is cleared so
/// memory stays flat for millions of persons). The owner stays as it is once a human has acted on the person (contacted,
/// or an analyst's decision recorded as evidence): a re-import must not move a case another country is working on.
/// </summary>
internal sealed class PersonWriter(AppDbContext db, IAgencyPseudonyms pseudonyms, TimeProvider clock) : IPersonWriter
{
    public const int BatchSize = 1000;

    public async Task<PersonWriteSummary> WriteAsync(Guid operationId, IEnumerable<BuiltPerson> persons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persons);
        using var system = db.Scope.BeginSystemWork();
        var operation = await db.Operations.AsNoTracking().Include(o => o.Participants)
            .SingleOrDefaultAsync(o => o.Id == operationId, cancellationToken)
            ?? throw new InvalidOperationException($"Operation {operationId} does not exist.");
        var participants = operation.Participants.Select(p => p.AgencyCode).ToHashSet(StringComparer.Ordinal);
        var perOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0, created = 0, updated = 0;
        foreach (var batch in persons.Chunk(BatchSize))
        {
            var keys = batch.Select(p => p.PersonKey).ToList();
            var existing = await db.OperationPersons.Include(p => p.Evidence)
                .Where(p => p.OperationId == operationId && keys.Contains(p.PersonKey))
                .ToDictionaryAsync(p => p.PersonKey, StringComparer.Ordinal, cancellationToken);
            var existingIds = existing.Values.Select(p => p.Id).ToList();
            db.PersonPseudonyms.RemoveRange(await db.PersonPseudonyms.Where(p => existingIds.Contains(p.PersonId)).ToListAsync(cancellationToken));
            var now = clock.GetUtcNow();
            foreach (var built in batch)
            {
                var person = existing.GetValueOrDefault(built.PersonKey);
                if (person is null)
                {
                    person = new OperationPerson { OperationId = operationId, AgencyCode = string.Empty, PersonKey = built.PersonKey, CreatedAt = now };
                    db.OperationPersons.Add(person);
                    created++;
                }
                else
                {
                    db.PersonEvidence.RemoveRange(person.Evidence.Where(e => e.Kind != EvidenceKind.AnalystDecision));
                    updated++;
                }

                var humanActed = person.FirstContactedAt is not null || person.Evidence.Any(e => e.Kind == EvidenceKind.AnalystDecision);
                if (!humanActed || person.AgencyCode.Length == 0)
                {
                    person.AgencyCode = OwnerRule.Owner(built.Attribution, participants, operation.CoordinatingAgencyCode);
                }

                Apply(person, built, now);
                if (!humanActed && built.Attribution is { Country: { } country, NeedsReview: false } && person.AgencyCode != country)
                {
                    // Evidence is clear but the country does not take part: the coordinator decides where it goes.
                    person.NeedsReview = true;
                    person.AttributionNote = Text.Truncate($"{built.Attribution.Note} {country} does not take part in this operation: the coordinator decides.", 1000);
                }

                AddEvidence(person, built);
                AddPseudonyms(person, built);
                perOwner[person.AgencyCode] = perOwner.GetValueOrDefault(person.AgencyCode) + 1;
                total++;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new PersonWriteSummary(total, created, updated, perOwner);
    }

    private static void Apply(OperationPerson person, BuiltPerson built, DateTimeOffset now)
    {
        person.AttributedCountry = built.Attribution.Country;
        person.Confidence = built.Attribution.Confidence;
        person.NeedsReview = built.Attribution.NeedsReview;
        person.AttributionNote = Text.Truncate(built.Attribution.Note, 1000);
        person.AccountCount = built.AccountKeys.Count;
        person.Usernames = [.. built.Usernames];
        person.Emails = [.. built.Emails];
        person.Paid = built.Paid;
        person.PaymentCount = built.PaymentCount;
        person.AmountPaidCents = built.AmountPaidCents;
        person.AttackCount = built.AttackCount;
        person.FirstActivityAt = built.FirstActivityAt;
        person.LastActivityAt = built.LastActivityAt;
        person.StatedAge = built.StatedAge;
        person.UpdatedAt = now;
    }

    private void AddEvidence(OperationPerson person, BuiltPerson built)
    {
        foreach (var e in built.LinkEvidence.Concat(built.Attribution.Evidence))
        {
            db.PersonEvidence.Add(new PersonEvidence
            {
                PersonId = person.Id,
                AgencyCode = person.AgencyCode,
                Kind = e.Kind,
                Value = Text.Truncate(e.Value, 320)!,
                Country = e.Country,
                Count = e.Count,
                Detail = Text.Truncate(e.Detail, 1000),
            });
        }

        // Kept analyst decisions move with the person if the owner changed (only possible before a human acted).
        foreach (var kept in person.Evidence.Where(e => e.Kind == EvidenceKind.AnalystDecision))
        {
            kept.AgencyCode = person.AgencyCode;
        }
    }

    private void AddPseudonyms(OperationPerson person, BuiltPerson built)
    {
        var identifiers = built.Identifiers ?? [.. built.Emails.Select(e => new PersonIdentifier("email", e))];
        var values = identifiers
            .Select(i => (i.Kind, Pseudonym: pseudonyms.For(person.AgencyCode, PersonPseudonym.Purpose, i.Value)))
            .Distinct();
        foreach (var (kind, pseudonym) in values)
        {
            db.PersonPseudonyms.Add(new PersonPseudonym
            {
                AgencyCode = person.AgencyCode,
                OperationId = person.OperationId,
                PersonId = person.Id,
                IdentifierKind = kind,
                Pseudonym = pseudonym,
            });
        }
    }

    private static class Text
    {
        public static string? Truncate(string? value, int length) =>
            value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
    }
}

/// <summary>Who owns a person: the attributed country if it takes part and no review is needed, else the coordinator.</summary>
public static class OwnerRule
{
    public static string Owner(CountryAttribution attribution, IReadOnlySet<string> participants, string coordinatingAgency)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(participants);
        return attribution is { Country: { } country, NeedsReview: false } && participants.Contains(country) ? country : coordinatingAgency;
    }
}
