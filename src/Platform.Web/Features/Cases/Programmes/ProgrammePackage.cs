using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>
/// One version of a programme package (Hack_Right, Cyber Choices...): the whole programme as data (modules, criteria,
/// consent rules, follow-up schedule, forms) in <see cref="DefinitionJson"/>, validated against
/// <see cref="ProgrammeDefinition"/>. Network knowledge, not personal data. A published version never changes;
/// a change is a new version.
/// </summary>
public sealed class ProgrammePackage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable key, e.g. "hack-right".</summary>
    public required string Key { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    /// <summary>Agency that maintains the package; null for the network secretariat.</summary>
    public string? OwnerAgencyCode { get; set; }

    /// <summary>Slug of the intervention in the Knowledge catalogue this package implements.</summary>
    public string? SourceInterventionSlug { get; set; }

    public required string DefinitionJson { get; set; }

    public ProgrammePackageStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedById { get; set; }
}

public enum ProgrammePackageStatus
{
    Draft = 0,
    Published = 1,
}

internal sealed class ProgrammePackageConfiguration : IEntityTypeConfiguration<ProgrammePackage>
{
    public void Configure(EntityTypeBuilder<ProgrammePackage> builder)
    {
        builder.ToTable("ProgrammePackages");
        builder.Property(p => p.Key).HasMaxLength(60);
        builder.HasIndex(p => new { p.Key, p.Version }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.OwnerAgencyCode).HasMaxLength(2);
        builder.Property(p => p.SourceInterventionSlug).HasMaxLength(80);
        builder.Property(p => p.DefinitionJson).HasMaxLength(200_000);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.PublishedById).HasMaxLength(450);
    }
}
