using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>
/// An agency runs a published package version, with local settings (time zone and public holidays for working-day
/// deadlines, optional overrides). Adopting a newer version adds a row; cases keep the version they started with.
/// </summary>
public sealed class AgencyProgramme : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public required string PackageKey { get; set; }

    public int PackageVersion { get; set; }

    /// <summary>IANA or Windows time zone id in which working days are counted.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Overrides the package's first-contact deadline (working days), e.g. by national policy.</summary>
    public int? FirstContactWorkingDays { get; set; }

    /// <summary>Overrides the age below which a guardian must consent (national law).</summary>
    public int? GuardianConsentBelowAge { get; set; }

    /// <summary>Only the active adoption of a key is offered for new referrals.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset AdoptedAt { get; set; }

    public required string AdoptedById { get; set; }
}

internal sealed class AgencyProgrammeConfiguration : IEntityTypeConfiguration<AgencyProgramme>
{
    public void Configure(EntityTypeBuilder<AgencyProgramme> builder)
    {
        builder.ToTable("AgencyProgrammes");
        builder.Property(a => a.AgencyCode).HasMaxLength(2);
        builder.Property(a => a.PackageKey).HasMaxLength(60);
        builder.Property(a => a.TimeZoneId).HasMaxLength(100);
        builder.Property(a => a.AdoptedById).HasMaxLength(450);
        builder.HasIndex(a => new { a.AgencyCode, a.PackageKey, a.PackageVersion }).IsUnique();
    }
}
