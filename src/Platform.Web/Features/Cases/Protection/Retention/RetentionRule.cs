using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// How long an agency keeps one kind of record (LED Art. 5: time limits for erasure with periodic review).
/// An agency without a row uses <see cref="RetentionDefaults"/>. Edited by the country admin.
/// </summary>
public sealed class RetentionRule : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AgencyCode { get; set; }
    public RetentionRecordType RecordType { get; set; }

    /// <summary>Months after the anchor date (see <see cref="RetentionRecordType"/>) on which the record is erased.</summary>
    public int KeepMonths { get; set; }

    /// <summary>Days before the due date from which the record is on the review list.</summary>
    public int ReviewDays { get; set; }

    /// <summary>
    /// True: a record nobody reviewed is erased on its due date (the legal time limit wins; a legal hold is the
    /// exception a reviewer must record). False: it waits on the review list, marked overdue, until approved.
    /// </summary>
    public bool EraseWithoutReview { get; set; } = true;

    public string? UpdatedById { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The kinds of record with a schedule, and the date each one's clock starts from.</summary>
public enum RetentionRecordType
{
    /// <summary>Closed without taking part (not eligible, consent refused, withdrawn): from closure.</summary>
    ClosedBeforeProgramme = 0,

    /// <summary>Completed or dropped out: from the last follow-up (recorded or due), else the end of the programme.</summary>
    ProgrammeEnded = 1,

    /// <summary>Anonymous enquiry never converted into a case: from its receipt.</summary>
    UnconvertedEnquiry = 2,
}

public static class RetentionDefaults
{
    public const int ReviewDays = 30;

    public static int KeepMonths(RetentionRecordType type) => type switch
    {
        RetentionRecordType.ClosedBeforeProgramme => 12,
        RetentionRecordType.ProgrammeEnded => 60,
        RetentionRecordType.UnconvertedEnquiry => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static RetentionRule For(string agencyCode, RetentionRecordType type) => new()
    {
        AgencyCode = agencyCode,
        RecordType = type,
        KeepMonths = KeepMonths(type),
        ReviewDays = ReviewDays,
        EraseWithoutReview = true,
    };
}

internal sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.ToTable("CaseRetentionRules");
        builder.Property(r => r.AgencyCode).HasMaxLength(2);
        builder.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.UpdatedById).HasMaxLength(450);
        builder.HasIndex(r => new { r.AgencyCode, r.RecordType }).IsUnique();
    }
}
