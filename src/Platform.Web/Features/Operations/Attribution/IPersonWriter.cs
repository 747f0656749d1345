using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Writes built persons of one operation: upsert by <see cref="OperationPerson.PersonKey"/> (a re-run keeps ids and
/// whatever the contact part attached), owner = attributed participating country unless review is needed, else the
/// coordinating agency; evidence and keyed pseudonyms (<see cref="OperationPerson.PseudonymPurpose"/>) replaced per person.
/// Runs in system scope (it writes rows of several agencies) and saves in batches.
/// </summary>
public interface IPersonWriter
{
    Task<PersonWriteSummary> WriteAsync(Guid operationId, IEnumerable<BuiltPerson> persons, CancellationToken cancellationToken);
}

public sealed record PersonWriteSummary(int Persons, int Created, int Updated, IReadOnlyDictionary<string, int> PerOwner);
