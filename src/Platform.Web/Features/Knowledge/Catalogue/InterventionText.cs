using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>An intervention's name and summary in another language (human translation; English lives on the profile).</summary>
public sealed class InterventionText
{
    public Guid InterventionId { get; set; }

    /// <summary>ISO 639-1, e.g. "nl", "pt".</summary>
    public required string Language { get; set; }

    public required string Name { get; set; }

    public required string Summary { get; set; }

    public string Description { get; set; } = "";
}

internal sealed class InterventionTextConfiguration : IEntityTypeConfiguration<InterventionText>
{
    public void Configure(EntityTypeBuilder<InterventionText> builder)
    {
        builder.ToTable("InterventionTexts");
        builder.HasKey(t => new { t.InterventionId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Name).HasMaxLength(150);
        builder.Property(t => t.Summary).HasMaxLength(2000);
        builder.Property(t => t.Description).HasMaxLength(20000);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(t => t.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
