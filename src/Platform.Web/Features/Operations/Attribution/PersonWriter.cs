using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// <see cref="IPersonWriter"/> in batches of <see cref="BatchSize"/> (one transaction each, then the change tracker is
/// cleared so memory stays flat for millions of persons). The owner stays as it is once a human has acted on the person
/// (contacted, or an analyst's decision recorded as evidence): a re-import must not move a case another country is
/// working on. Existing persons are updated through EF Core; new persons (all of them on an operation's first build)
/// go by binary COPY on PostgreSQL (<see cref="PostgresPersonCopy"/>), in the same transaction, with the same values;
/// on an operation's first build, where every person is new, the batches alternate between two connections
/// (<see cref="ParallelCopies"/>).
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
        var copy = db.Database.IsNpgsql();
        // An operation's first build has nothing to look up per batch (a concurrent build still meets the unique key).
        var mayExist = await db.OperationPersons.AnyAsync(p => p.OperationId == operationId, cancellationToken);
        var perOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0, created = 0, updated = 0;
        var placement = new Placement(operation, participants);
        if (copy && !mayExist)
        {
            // Every person is new: the next batch's persons are built and their rows prepared (linking, attribution,
            // keyed pseudonyms) on another thread while earlier batches are written.
            var prepared = persons.Chunk(BatchSize).Select(batch => PrepareNew(batch, placement));
            await using var copies = new ParallelCopies(db.Database.GetConnectionString()!);
            await foreach (var fresh in Prefetch.AheadAsync(prepared, 2, cancellationToken))
            {
                await copies.WriteAsync(fresh, cancellationToken);
                Count(fresh);
                created += fresh.Count;
            }

            await copies.CompleteAsync();
            return new PersonWriteSummary(total, created, updated, perOwner);
        }

        // Persons of the next batch are built (linking, attribution) on another thread while this one is written.
        await foreach (var batch in Prefetch.AheadAsync(persons.Chunk(BatchSize), 2, cancellationToken))
        {
            var existing = mayExist ? await ExistingAsync(operationId, batch, cancellationToken) : [];
            var now = clock.GetUtcNow();
            var fresh = new List<OperationPerson>();
            var written = new List<OperationPerson>(batch.Length);
            foreach (var built in batch)
            {
                var person = existing.GetValueOrDefault(built.PersonKey);
                var isNew = person is null;
                if (person is null)
                {
                    person = NewPerson(operationId, built, now);
                    created++;
                }
                else
                {
                    updated++;
                }

                Place(person, built, placement, now);
                if (isNew && copy)
                {
                    fresh.Add(person);
                }
                else if (isNew)
                {
                    db.OperationPersons.Add(person);
                }

                written.Add(person);
            }

            await SaveAsync(fresh, cancellationToken);
            Count(written);
        }

        return new PersonWriteSummary(total, created, updated, perOwner);

        void Count(IEnumerable<OperationPerson> written)
        {
            foreach (var person in written)
            {
                perOwner[person.AgencyCode] = perOwner.GetValueOrDefault(person.AgencyCode) + 1;
                total++;
            }
        }
    }

    /// <summary>A batch of new persons, built without the context (so on any thread).</summary>
    private List<OperationPerson> PrepareNew(BuiltPerson[] batch, Placement placement)
    {
        var now = clock.GetUtcNow();
        var fresh = new List<OperationPerson>(batch.Length);
        foreach (var built in batch)
        {
            var person = NewPerson(placement.Operation.Id, built, now);
            Place(person, built, placement, now);
            fresh.Add(person);
        }

        return fresh;
    }

    private static OperationPerson NewPerson(Guid operationId, BuiltPerson built, DateTimeOffset now) =>
        new() { OperationId = operationId, AgencyCode = string.Empty, PersonKey = built.PersonKey, CreatedAt = now };

    /// <summary>
    /// Owner, facts, attribution, evidence and pseudonyms of a person from its build: the same for a new person and an
    /// existing one, whichever way the rows are written.
    /// </summary>
    private void Place(OperationPerson person, BuiltPerson built, Placement placement, DateTimeOffset now)
    {
        var humanActed = person.FirstContactedAt is not null || HasAnalystDecision(person);
        if (!humanActed || person.AgencyCode.Length == 0)
        {
            person.AgencyCode = OwnerRule.Owner(built.Attribution, placement.Participants, placement.Operation.CoordinatingAgencyCode);
        }

        Apply(person, built, now);
        if (!humanActed && built.Attribution is { Country: { } country, NeedsReview: false } && person.AgencyCode != country)
        {
            // Evidence is clear but the country does not take part: the coordinator decides where it goes.
            person.NeedsReview = true;
            person.AttributionNote = Text.Truncate($"{built.Attribution.Note} {country} does not take part in this operation: the coordinator decides.", 1000);
        }

        person.Evidence = Evidence(person, built);
        person.Pseudonyms = Pseudonyms(person, built);
    }

    private static bool HasAnalystDecision(OperationPerson person)
    {
        foreach (var evidence in person.Evidence)
        {
            if (evidence.Kind == EvidenceKind.AnalystDecision)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Placement(Operation Operation, HashSet<string> Participants);

    /// <summary>The batch's persons that exist already (their evidence and pseudonyms are in the row).</summary>
    private async Task<Dictionary<string, OperationPerson>> ExistingAsync(Guid operationId, BuiltPerson[] batch, CancellationToken cancellationToken)
    {
        var keys = batch.Select(p => p.PersonKey).ToList();
        return await db.OperationPersons
            .Where(p => p.OperationId == operationId && keys.Contains(p.PersonKey))
            .ToDictionaryAsync(p => p.PersonKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The batch's EF changes, and its new persons by COPY in the same transaction.</summary>
    private async Task SaveAsync(List<OperationPerson> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await PostgresPersonCopy.InsertAsync((NpgsqlConnection)db.Database.GetDbConnection(), fresh, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
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

    // Evidence and Pseudonyms run once per person, millions of times in a large build: loops rather than LINQ.
    private static List<PersonEvidence> Evidence(OperationPerson person, BuiltPerson built)
    {
        var rows = new List<PersonEvidence>(built.LinkEvidence.Count + built.Attribution.Evidence.Count);
        // A re-build replaces what it derived and keeps what analysts decided.
        foreach (var kept in person.Evidence)
        {
            if (kept.Kind == EvidenceKind.AnalystDecision)
            {
                rows.Add(kept);
            }
        }

        AddRows(built.LinkEvidence);
        AddRows(built.Attribution.Evidence);
        return rows;

        void AddRows(IReadOnlyList<AttributionEvidence> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                rows.Add(new PersonEvidence
                {
                    Kind = e.Kind,
                    Value = Text.Truncate(e.Value, 320)!,
                    Country = e.Country,
                    Count = e.Count,
                    Detail = Text.Truncate(e.Detail, 1000),
                });
            }
        }
    }

    /// <summary>Distinct keyed pseudonyms of the person's identifiers, under the owner's key.</summary>
    private List<string> Pseudonyms(OperationPerson person, BuiltPerson built)
    {
        var identifiers = built.Identifiers ?? [.. built.Emails.Select(e => new PersonIdentifier("email", e))];
        var distinct = new List<string>(identifiers.Count);
        for (var i = 0; i < identifiers.Count; i++)
        {
            var pseudonym = pseudonyms.For(person.AgencyCode, OperationPerson.PseudonymPurpose, identifiers[i].Value);
            if (!distinct.Contains(pseudonym))
            {
                distinct.Add(pseudonym);
            }
        }

        return distinct;
    }

    /// <summary>
    /// Batches of new persons written in turn on two connections of their own, one transaction per batch, so that
    /// PostgreSQL stores one batch (its constraint checks and index entries are most of the build's server time) while
    /// it stores the previous one on another core. The batches are independent: each holds whole persons with their
    /// rows, and their keys are distinct. A crash leaves committed batches only, which the next build updates.
    /// </summary>
    private sealed class ParallelCopies(string connectionString) : IAsyncDisposable
    {
        private readonly NpgsqlConnection?[] _connections = new NpgsqlConnection?[2];
        private readonly Task?[] _writes = new Task?[2];
        private int _next;

        public async Task WriteAsync(List<OperationPerson> persons, CancellationToken cancellationToken)
        {
            var slot = _next++ % _writes.Length;
            if (_writes[slot] is { } previous)
            {
                await previous;
            }

            if (_connections[slot] is not { } connection)
            {
                _connections[slot] = connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
            }

            _writes[slot] = WriteAsync(connection, persons, cancellationToken);
        }

        /// <summary>Waits for the writes in flight; their errors surface here.</summary>
        public async Task CompleteAsync()
        {
            foreach (var write in _writes.OfType<Task>())
            {
                await write;
            }
        }

        public async ValueTask DisposeAsync()
        {
            // After an error or a cancellation: the other write ends before its connection is closed under it.
            await Task.WhenAll(_writes.OfType<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var connection in _connections.OfType<NpgsqlConnection>())
            {
                await connection.DisposeAsync();
            }
        }

        private static async Task WriteAsync(NpgsqlConnection connection, List<OperationPerson> persons, CancellationToken cancellationToken)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await PostgresPersonCopy.InsertAsync(connection, persons, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static class Text
    {
        public static string? Truncate(string? value, int length) =>
            value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
    }
}
