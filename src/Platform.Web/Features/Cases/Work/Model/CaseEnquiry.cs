using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// An anonymous first contact (Cyber Choices: "do not include the young person's name"). It has no identity fields
/// at all; identity is entered only when an officer converts it to a referral (<see cref="Case"/>).
/// </summary>
[Sensitivity(SensitivityLabel.Agency)]
public sealed class CaseEnquiry : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public AgeBand AgeBand { get; set; }

    public ReferralSourceType ReferralSource { get; set; }

    /// <summary>Free text; the form warns not to enter names or other identifying details.</summary>
    public required string ConcernSummary { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public required string RecordedById { get; set; }

    /// <summary>Set when converted to a referral.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>Set when closed without a referral (e.g. signposted elsewhere).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosureNote { get; set; }
}

internal sealed class CaseEnquiryConfiguration : IEntityTypeConfiguration<CaseEnquiry>
{
    public void Configure(EntityTypeBuilder<CaseEnquiry> builder)
    {
        builder.ToTable("CaseEnquiries");
        builder.Property(e => e.AgencyCode).HasMaxLength(2);
        builder.Property(e => e.ConcernSummary).HasMaxLength(4000);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
        builder.Property(e => e.ClosureNote).HasMaxLength(2000);
        builder.HasIndex(e => new { e.AgencyCode, e.ReceivedAt });
    }
}
