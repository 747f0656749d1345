using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// A module of the programme chosen for this young person (the case plan), with the planned dosage copied from the
/// programme version. An assignment module may name a partner coach, who sees only this module and its sessions.
/// </summary>
public sealed class PlannedModule : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public required string ModuleKey { get; set; }

    public required string ModuleName { get; set; }

    public bool IsAssignment { get; set; }

    public int PlannedSessions { get; set; }

    public int PlannedMinutes { get; set; }

    /// <summary>Fidelity checklist items of the module (copied from the programme version).</summary>
    public List<string> FidelityItems { get; set; } = [];

    /// <summary>Why the officer chose this module for this person.</summary>
    public required string Reason { get; set; }

    /// <summary>Partner member who supervises the assignment (company coach); null for sessions run by the team.</summary>
    public string? PartnerCoachMemberId { get; set; }

    /// <summary>What the coach needs to know about the assignment; no identity beyond the case number.</summary>
    public string? AssignmentBrief { get; set; }

    public required string PlannedById { get; set; }

    public DateTimeOffset PlannedAt { get; set; }
}

internal sealed class PlannedModuleConfiguration : IEntityTypeConfiguration<PlannedModule>
{
    public void Configure(EntityTypeBuilder<PlannedModule> builder)
    {
        builder.ToTable("CasePlannedModules");
        builder.Property(m => m.AgencyCode).HasMaxLength(2);
        builder.Property(m => m.ModuleKey).HasMaxLength(60);
        builder.Property(m => m.ModuleName).HasMaxLength(200);
        builder.Property(m => m.Reason).HasMaxLength(2000);
        builder.Property(m => m.PartnerCoachMemberId).HasMaxLength(450);
        builder.Property(m => m.AssignmentBrief).HasMaxLength(4000);
        builder.Property(m => m.PlannedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CaseId, m.ModuleKey }).IsUnique();
        builder.HasIndex(m => m.PartnerCoachMemberId);
    }
}
