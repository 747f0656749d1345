using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>
/// One agency's uptake of an intervention (Xchange's "implementation experiences" made a record): status, dates,
/// language, what was adapted, obstacles and results. Knowledge for the network, not personal data, so everyone who
/// sees the intervention sees it; only the adopting agency edits it. One per (intervention, agency).
/// </summary>
public sealed class Adoption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InterventionId { get; set; }

    public required string AgencyCode { get; set; }

    public AdoptionStatus Status { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>ISO 639-1 code of the language it is delivered in.</summary>
    public string? Language { get; set; }

    /// <summary>A role or team mailbox preferred over a person's name.</summary>
    public string? Contact { get; set; }

    public string Adaptations { get; set; } = "";

    public string Obstacles { get; set; } = "";

    public string Results { get; set; } = "";

    public List<AdoptionStatusChange> History { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Statuses that count the country as "adopting" in search facets.</summary>
    public static bool IsActive(AdoptionStatus status) => status is AdoptionStatus.Piloting or AdoptionStatus.Running;
}

[JsonConverter(typeof(JsonStringEnumConverter<AdoptionStatus>))]
public enum AdoptionStatus
{
    Interested = 0,
    Piloting = 1,
    Running = 2,
    Stopped = 3,
}

/// <summary>One step in an adoption's history: who moved it, when, from which status to which, and why.</summary>
public sealed class AdoptionStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AdoptionId { get; set; }

    public AdoptionStatus? From { get; set; }

    public AdoptionStatus To { get; set; }

    public required string ChangedBy { get; set; }

    public required string ChangedByName { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string Note { get; set; } = "";
}

internal sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> builder)
    {
        builder.ToTable("KnowledgeAdoptions");
        builder.Property(a => a.AgencyCode).HasMaxLength(2);
        builder.Property(a => a.Language).HasMaxLength(10);
        builder.Property(a => a.Contact).HasMaxLength(200);
        builder.Property(a => a.Adaptations).HasMaxLength(4000);
        builder.Property(a => a.Obstacles).HasMaxLength(4000);
        builder.Property(a => a.Results).HasMaxLength(4000);
        builder.Property(a => a.UpdatedBy).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Intervention>().WithMany().HasForeignKey(a => a.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.InterventionId, a.AgencyCode }).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AdoptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdoptionStatusChangeConfiguration : IEntityTypeConfiguration<AdoptionStatusChange>
{
    public void Configure(EntityTypeBuilder<AdoptionStatusChange> builder)
    {
        builder.ToTable("KnowledgeAdoptionHistory");
        builder.Property(h => h.ChangedBy).HasMaxLength(450);
        builder.Property(h => h.ChangedByName).HasMaxLength(150);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.HasIndex(h => h.AdoptionId);
    }
}
