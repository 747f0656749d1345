namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Everything the import knows about one seized account, aggregated from its rows (account, logins, payments,
/// attacks). The input of <see cref="PersonBuilder"/>. Identifiers are raw as imported; the builder normalises them.
/// </summary>
public sealed record AccountFacts(
    string AccountKey,
    string? Username,
    string? Email,
    IReadOnlyList<IpObservation> Ips,
    IReadOnlyList<string> PayerEmails,
    IReadOnlyList<string> CryptoAddresses,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> PaymentCountries,
    int PaymentCount,
    long AmountPaidCents,
    int AttackCount,
    DateTimeOffset? FirstActivityAt,
    DateTimeOffset? LastActivityAt,
    int? StatedAge);
