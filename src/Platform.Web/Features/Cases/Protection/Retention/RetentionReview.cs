using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// A country admin's decision on a record due for erasure: approve (erased on the due date) or extend it to a
/// date with a reason (legal hold). The latest decision counts; it is erased with the record it is about.
/// </summary>
public sealed class RetentionReview : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AgencyCode { get; set; }

    /// <summary>The case reviewed; null when the review is about an unconverted enquiry.</summary>
    public Guid? CaseId { get; set; }

    public Guid? EnquiryId { get; set; }

    public RetentionDecision Decision { get; set; }

    /// <summary>For <see cref="RetentionDecision.Extended"/>: kept until this date, then due again.</summary>
    public DateOnly? HoldUntil { get; set; }

    public required string Reason { get; set; }
    public required string DecidedById { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}

public enum RetentionDecision
{
    Approved = 0,
    Extended = 1,
}

internal sealed class RetentionReviewConfiguration : IEntityTypeConfiguration<RetentionReview>
{
    public const int ReasonLength = 1000;

    public void Configure(EntityTypeBuilder<RetentionReview> builder)
    {
        builder.ToTable("CaseRetentionReviews");
        builder.Property(r => r.AgencyCode).HasMaxLength(2);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(ReasonLength);
        builder.Property(r => r.DecidedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CaseEnquiry>().WithMany().HasForeignKey(r => r.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.EnquiryId);
    }
}
