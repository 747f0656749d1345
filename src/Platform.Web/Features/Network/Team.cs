using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Network;

/// <summary>A team inside an agency (e.g. "Prevention East", "Hack_Right coaches").</summary>
public sealed class Team
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AgencyCode { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.AgencyCode).HasMaxLength(2);
        builder.Property(t => t.Name).HasMaxLength(150);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AgencyCode, t.Name }).IsUnique();
    }
}
