using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Network;

[JsonConverter(typeof(JsonStringEnumConverter<PartnerKind>))]
public enum PartnerKind
{
    Company,
    Ngo,
    School,
    ResearchInstitute,
    Government,
    Secretariat,
}

/// <summary>An organisation that works with the network; it sees only what is explicitly granted.</summary>
public sealed class PartnerOrganisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }

    /// <summary>The agency that sponsors the partner; null for network-wide partners such as the secretariat.</summary>
    public string? AgencyCode { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
    public string? ContactEmail { get; set; }
}

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.AgencyCode).HasMaxLength(2);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.ContactEmail).HasMaxLength(256);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
