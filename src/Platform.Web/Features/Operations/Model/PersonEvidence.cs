namespace Platform.Web.Features.Operations.Model;

/// <summary>
/// One fact behind a person: why accounts were linked, or why a country was attributed. Stored inside the person's row
/// (a JSON column, <see cref="OperationPersonConfiguration"/>): it is only ever read, replaced and erased with its
/// person, and a build writes millions of these.
/// </summary>
public sealed class PersonEvidence
{
    public EvidenceKind Kind { get; set; }

    /// <summary>The identifier or value the fact rests on (an email, an IP, a domain, a phone prefix).</summary>
    public required string Value { get; set; }

    /// <summary>The country this fact points to, for attribution evidence.</summary>
    public string? Country { get; set; }

    /// <summary>How many observations (e.g. logins from the IP) support it.</summary>
    public int Count { get; set; } = 1;

    public string? Detail { get; set; }
}

public enum EvidenceKind
{
    LinkSharedEmail,
    LinkSharedPayer,
    LinkSharedCryptoAddress,
    LinkSharedPhone,
    IpCountry,
    EmailCountryDomain,
    PaymentCountry,
    PhonePrefix,
    AnalystDecision,
}
