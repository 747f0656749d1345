using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// One session or assignment meeting of a planned module: scheduled first (a reminder task is created), then
/// recorded as delivered or missed with the minutes and fidelity items done. Planned vs delivered dosage is the sum
/// over these per module.
/// </summary>
public sealed class SessionRecord : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public Guid PlannedModuleId { get; set; }

    public DateOnly ScheduledOn { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Scheduled;

    public int? DeliveredMinutes { get; set; }

    public List<string> FidelityItemsDone { get; set; } = [];

    /// <summary>What differed from the module description (programme integrity), with <see cref="DeviationReason"/>.</summary>
    public string? Deviation { get; set; }

    public string? DeviationReason { get; set; }

    public string? Note { get; set; }

    public required string RecordedById { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum SessionStatus
{
    Scheduled = 0,
    Delivered = 1,
    Missed = 2,
    Cancelled = 3,
}

internal sealed class SessionRecordConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> builder)
    {
        builder.ToTable("CaseSessions");
        builder.Property(s => s.AgencyCode).HasMaxLength(2);
        builder.Property(s => s.Deviation).HasMaxLength(2000);
        builder.Property(s => s.DeviationReason).HasMaxLength(2000);
        builder.Property(s => s.Note).HasMaxLength(4000);
        builder.Property(s => s.RecordedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlannedModule>().WithMany().HasForeignKey(s => s.PlannedModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
