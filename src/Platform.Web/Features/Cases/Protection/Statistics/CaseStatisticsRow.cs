using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Protection.Statistics;

/// <summary>
/// What remains of an erased case or enquiry for Insights: coarse categories only, no ids, no dates finer than a
/// year, no free text. Agency-owned so that even these rows stay inside the country; Insights releases aggregates.
/// </summary>
public sealed class CaseStatisticsRow : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AgencyCode { get; set; }
    public StatisticsOrigin Origin { get; set; }

    /// <summary>Null for an enquiry that never became a case.</summary>
    public string? ProgrammeKey { get; set; }

    public int? ProgrammeVersion { get; set; }
    public int ReferralYear { get; set; }
    public StatisticsAgeBand AgeBand { get; set; }
    public ReferralSourceType ReferralSource { get; set; }
    public StatisticsEligibility Eligibility { get; set; }
    public StatisticsEnding Ending { get; set; }

    /// <summary>New offence known at the 12-month follow-up.</summary>
    public StatisticsAnswer ReoffendedAt12Months { get; set; }
}

public enum StatisticsOrigin
{
    Case = 0,
    Enquiry = 1,
}

/// <summary>Coarse bands (12–15, 16–17, 18–23, 24+) so a row never narrows down to a birth year.</summary>
public enum StatisticsAgeBand
{
    Unknown = 0,
    Under12 = 1,
    From12To15 = 2,
    From16To17 = 3,
    From18To23 = 4,
    From24 = 5,
}

public enum StatisticsEligibility
{
    NotAssessed = 0,
    Eligible = 1,
    NotEligible = 2,
}

public enum StatisticsEnding
{
    NotEnrolled = 0,
    Completed = 1,
    DroppedOut = 2,
    Unknown = 3,
}

public enum StatisticsAnswer
{
    Unknown = 0,
    Yes = 1,
    No = 2,
}

internal sealed class CaseStatisticsRowConfiguration : IEntityTypeConfiguration<CaseStatisticsRow>
{
    public void Configure(EntityTypeBuilder<CaseStatisticsRow> builder)
    {
        builder.ToTable("CaseStatistics");
        builder.Property(r => r.AgencyCode).HasMaxLength(2);
        builder.Property(r => r.ProgrammeKey).HasMaxLength(60);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AgeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReferralSource).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Eligibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Ending).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReoffendedAt12Months).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.AgencyCode, r.ReferralYear });
    }
}
