using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// A re-offending check N months after the end of the programme (completion or drop-out), created automatically
/// from the programme's schedule. The outcome is what the justice system reports, never an estimate.
/// </summary>
public sealed class FollowUp : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public int MonthsAfterEnd { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Null until recorded.</summary>
    public FollowUpOutcome? Outcome { get; set; }

    public DateOnly? NewOffenceDate { get; set; }

    public CaseOffenceType? NewOffenceType { get; set; }

    /// <summary>Which justice source reported it (e.g. "prosecution register", "police record").</summary>
    public string? Source { get; set; }

    public string? Note { get; set; }

    public string? RecordedById { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

public enum FollowUpOutcome
{
    NoNewOffenceKnown = 0,
    NewOffenceReported = 1,
    Unknown = 2,
    CouldNotCheck = 3,
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("CaseFollowUps");
        builder.Property(f => f.AgencyCode).HasMaxLength(2);
        builder.Property(f => f.Source).HasMaxLength(200);
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.Property(f => f.RecordedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.CaseId, f.MonthsAfterEnd }).IsUnique();
    }
}
