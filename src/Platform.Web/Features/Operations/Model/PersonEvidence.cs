using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Model;

/// <summary>One fact behind a person: why accounts were linked, or why a country was attributed.</summary>
public sealed class PersonEvidence : IAgencyOwned
{
    public Guid Id { get; set; } = AscendingGuid.Next();

    public Guid PersonId { get; set; }

    public required string AgencyCode { get; set; }

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

internal sealed class PersonEvidenceConfiguration : IEntityTypeConfiguration<PersonEvidence>
{
    public void Configure(EntityTypeBuilder<PersonEvidence> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.AgencyCode).HasMaxLength(2);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Value).HasMaxLength(320);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => e.PersonId);
        builder.ReadThroughParentKeyOnly();
    }
}
