using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Model;

/// <summary>
/// An account holder in seized data: one or more service accounts linked by exact shared identifiers, attributed to a
/// country. Owned by the attributed country when it participates in the operation, otherwise (unattributed, conflicting
/// evidence, non-participating country) by the coordinating agency until a human assigns it. Holds objective facts
/// only (paid, attacks launched, activity dates, age where the data states it) for the officer's filters; nothing here
/// is a score or a prediction about the person.
/// </summary>
[Sensitivity(SensitivityLabel.Agency)]
public sealed class OperationPerson : IAgencyOwned
{
    /// <summary>The purpose of <see cref="Pseudonyms"/> under the owning agency's key (<c>IAgencyPseudonyms</c>).</summary>
    public const string PseudonymPurpose = "operations.reappearance";

    public Guid Id { get; set; } = AscendingGuid.Next();

    public Guid OperationId { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>Deterministic key of the linked account group within the operation (idempotent re-imports).</summary>
    public required string PersonKey { get; set; }

    /// <summary>Country the evidence points to (ISO 3166), or null when there is none.</summary>
    public string? AttributedCountry { get; set; }

    public AttributionConfidence Confidence { get; set; }

    /// <summary>Evidence conflicts or is too weak: a human of the owning agency decides (coordinator's review list).</summary>
    public bool NeedsReview { get; set; }

    public string? AttributionNote { get; set; }

    public int AccountCount { get; set; }

    public List<string> Usernames { get; set; } = [];

    /// <summary>Normalised email addresses of the linked accounts; the first is the contact address.</summary>
    public List<string> Emails { get; set; } = [];

    public bool Paid { get; set; }

    public int PaymentCount { get; set; }

    /// <summary>Sum of payments in euro cents where the data states an amount (currency converted at import).</summary>
    public long AmountPaidCents { get; set; }

    public int AttackCount { get; set; }

    public DateTimeOffset? FirstActivityAt { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>Age in years only where the seized data states a birth date or age; never estimated.</summary>
    public int? StatedAge { get; set; }

    /// <summary>Set by the contact actions when a contact reached the person (delivered email/letter, visit done, referral).</summary>
    public DateTimeOffset? FirstContactedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Why the accounts were linked and the country attributed, and analysts' decisions (kept on re-builds).</summary>
    public List<PersonEvidence> Evidence { get; set; } = [];

    /// <summary>
    /// Keyed pseudonyms of the person's normalised identifiers (emails, usernames, payer emails, crypto addresses,
    /// phones), distinct, so that the same person is recognised in a later operation of the same country. Nothing
    /// links across countries: each agency has its own key. Derived again from the seized data on every build.
    /// </summary>
    public List<string> Pseudonyms { get; set; } = [];
}

public enum AttributionConfidence
{
    None,
    Low,
    Medium,
    High,
}

internal sealed class OperationPersonConfiguration : IEntityTypeConfiguration<OperationPerson>
{
    public void Configure(EntityTypeBuilder<OperationPerson> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AgencyCode).HasMaxLength(2);
        builder.Property(p => p.PersonKey).HasMaxLength(128);
        builder.Property(p => p.AttributedCountry).HasMaxLength(2);
        builder.Property(p => p.AttributionNote).HasMaxLength(1000);
        builder.Property(p => p.Confidence).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(p => new { p.OperationId, p.PersonKey }).IsUnique();
        builder.HasIndex(p => new { p.OperationId, p.AgencyCode });
        builder.ReadThroughParentKeyOnly();
        builder.HasOne<Operation>().WithMany().HasForeignKey(p => p.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexCollection(p => p.Evidence, evidence =>
        {
            evidence.ToJson();
            evidence.Property(e => e.Kind).HasConversion<string>();
        });
    }
}
