using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>A dated to-do for a case worker: first contact, a session reminder, a follow-up check.</summary>
public sealed class CaseTask : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public CaseTaskKind Kind { get; set; }

    /// <summary>The session or follow-up the task is about, when there is one.</summary>
    public Guid? RelatedId { get; set; }

    public DateOnly DueOn { get; set; }

    public required string AssigneeMemberId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public string? DoneById { get; set; }
}

public enum CaseTaskKind
{
    FirstContact = 0,
    SessionReminder = 1,
    FollowUp = 2,
    Other = 3,
}

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.ToTable("CaseTasks");
        builder.Property(t => t.AgencyCode).HasMaxLength(2);
        builder.Property(t => t.AssigneeMemberId).HasMaxLength(450);
        builder.Property(t => t.DoneById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.AgencyCode, t.AssigneeMemberId, t.DoneAt, t.DueOn });
    }
}
