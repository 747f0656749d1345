using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>A person built from linked accounts: the accounts, the facts, the attribution and the link evidence.</summary>
public sealed record BuiltPerson(
    string PersonKey,
    IReadOnlyList<string> AccountKeys,
    IReadOnlyList<string> Usernames,
    IReadOnlyList<string> Emails,
    bool Paid,
    int PaymentCount,
    long AmountPaidCents,
    int AttackCount,
    DateTimeOffset? FirstActivityAt,
    DateTimeOffset? LastActivityAt,
    int? StatedAge,
    CountryAttribution Attribution,
    IReadOnlyList<AttributionEvidence> LinkEvidence);

/// <summary>
/// Links accounts that share an exact normalised identifier (email, payer email, crypto address, phone) into persons,
/// sums their facts and attributes a country. Deterministic: the same accounts give the same persons and keys.
/// </summary>
public sealed class PersonBuilder(CountryAttributor attributor)
{
    // SKELETON: the attribution part replaces this body (linking, evidence); one person per account until then.
    public IEnumerable<BuiltPerson> Build(IEnumerable<AccountFacts> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var a in accounts)
        {
            var email = Identifiers.NormaliseEmail(a.Email);
            var attribution = attributor.Attribute(new AttributionFacts(a.Ips, email is null ? [] : [email], a.PaymentCountries, a.Phones));
            yield return new BuiltPerson(a.AccountKey, [a.AccountKey], a.Username is null ? [] : [a.Username], email is null ? [] : [email],
                a.PaymentCount > 0, a.PaymentCount, a.AmountPaidCents, a.AttackCount, a.FirstActivityAt, a.LastActivityAt, a.StatedAge, attribution, []);
        }
    }
}

/// <summary>
/// Writes built persons of one operation: upsert by <see cref="OperationPerson.PersonKey"/> (a re-run keeps ids and
/// whatever the contact part attached), owner = attributed participating country unless review is needed, else the
/// coordinating agency; evidence and keyed pseudonyms (<see cref="PersonPseudonym.Purpose"/>) replaced per person.
/// Runs in system scope (it writes rows of several agencies) and saves in batches.
/// </summary>
public interface IPersonWriter
{
    Task<PersonWriteSummary> WriteAsync(Guid operationId, IEnumerable<BuiltPerson> persons, CancellationToken cancellationToken);
}

public sealed record PersonWriteSummary(int Persons, int Created, int Updated, IReadOnlyDictionary<string, int> PerOwner);
