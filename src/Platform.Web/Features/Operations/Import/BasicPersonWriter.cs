using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Stand-in <see cref="IPersonWriter"/> so import works end to end before the attribution part's writer (which also
/// writes evidence and pseudonyms) is merged; registered only when no other writer is. Upserts by person key; owner
/// = attributed participating country unless review is needed, else the coordinating agency.
/// </summary>
internal sealed class BasicPersonWriter(AppDbContext db, TimeProvider clock) : IPersonWriter
{
    private const int BatchSize = 1000;

    public async Task<PersonWriteSummary> WriteAsync(Guid operationId, IEnumerable<BuiltPerson> persons, CancellationToken cancellationToken)
    {
        using var system = db.Scope.BeginSystemWork();
        var operation = await db.Operations.AsNoTracking().Include(o => o.Participants).SingleAsync(o => o.Id == operationId, cancellationToken);
        var participants = operation.Participants.Select(p => p.AgencyCode).ToHashSet(StringComparer.Ordinal);
        var (total, created, updated) = (0, 0, 0);
        var perOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in persons.Chunk(BatchSize))
        {
            var keys = chunk.Select(p => p.PersonKey).ToList();
            var existing = await db.OperationPersons.Where(p => p.OperationId == operationId && keys.Contains(p.PersonKey))
                .ToDictionaryAsync(p => p.PersonKey, StringComparer.Ordinal, cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var built in chunk)
            {
                var country = built.Attribution.Country;
                var owner = country is not null && participants.Contains(country) && !built.Attribution.NeedsReview ? country : operation.CoordinatingAgencyCode;
                if (!existing.TryGetValue(built.PersonKey, out var person))
                {
                    person = new OperationPerson { OperationId = operationId, PersonKey = built.PersonKey, AgencyCode = owner, CreatedAt = now };
                    db.OperationPersons.Add(person);
                    created++;
                }
                else
                {
                    updated++;
                }

                person.AttributedCountry = country;
                person.Confidence = built.Attribution.Confidence;
                person.NeedsReview = built.Attribution.NeedsReview || (country is not null && !participants.Contains(country));
                person.AttributionNote = built.Attribution.Note;
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
                perOwner[person.AgencyCode] = perOwner.GetValueOrDefault(person.AgencyCode) + 1;
                total++;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new PersonWriteSummary(total, created, updated, perOwner);
    }
}
