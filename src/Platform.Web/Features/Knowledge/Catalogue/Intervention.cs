using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>
/// A prevention intervention profile (Hack_Right, re_B00TCMP, Cyber Choices...): structured fields, not free
/// text, so the catalogue can be filtered by stage, offence type, mechanism, age and language. Shared with the
/// network under a TLP marking once a second member of the owning agency released it.
/// </summary>
public sealed class Intervention : IKnowledgeItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable, readable address: /Knowledge/Interventions/hack-right.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string OwnerAgencyCode { get; set; }

    /// <summary>Canonical English summary; other languages live in <see cref="InterventionText"/>.</summary>
    public required string Summary { get; set; }

    public string Description { get; set; } = "";

    public PreventionStage Stage { get; set; }

    public int MinAge { get; set; }

    public int MaxAge { get; set; }

    public List<OffenceType> OffenceTypes { get; set; } = [];

    public List<Mechanism> Mechanisms { get; set; } = [];

    /// <summary>Offender-side prevention or victim-side safety: members must not mistake a safety game for a COP intervention.</summary>
    public InterventionFocus Focus { get; set; }

    public List<InterventionComponent> Components { get; set; } = [];

    public List<DeliveryFormat> DeliveryFormats { get; set; } = [];

    public int? DosageSessions { get; set; }

    public decimal? DosageHours { get; set; }

    public int? DosageWeeks { get; set; }

    public List<StaffingRole> Staffing { get; set; } = [];

    public string CostNote { get; set; } = "";

    /// <summary>Indicative cost per participant in euros, when the owner can name one.</summary>
    public decimal? CostPerParticipantEur { get; set; }

    public string PartnersNeeded { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactUrl { get; set; } = "";

    public string Website { get; set; } = "";

    public List<SourceCitation> Sources { get; set; } = [];

    /// <summary>ISO 639-1 codes of the languages its materials exist in.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Best agreed evidence tier over its outcomes; kept up to date by the Evidence part, read by search facets.</summary>
    public EvidenceTier BestEvidenceTier { get; set; } = EvidenceTier.NotRated;

    /// <summary>Countries piloting or running it (from adoption records), kept up to date by the Evidence part, read by search facets.</summary>
    public List<string> AdoptingCountries { get; set; } = [];

    public TlpMarking Tlp { get; set; } = TlpMarking.Green;

    public ReleaseState ReleaseState { get; set; } = ReleaseState.NationalDraft;

    public List<string> AmberAgencyCodes { get; set; } = [];

    public List<string> RedMemberIds { get; set; } = [];

    public required string CreatedBy { get; set; }

    /// <summary>The member whose content change is awaiting release; the releaser must be someone else.</summary>
    public required string LastEditedBy { get; set; }

    public string? ReleasedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Optimistic concurrency: two editors never silently overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Primary (everyone), secondary (at-risk youth), tertiary (people who already offended).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PreventionStage>))]
public enum PreventionStage
{
    Primary = 0,
    Secondary = 1,
    Tertiary = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<OffenceType>))]
public enum OffenceType
{
    DdosForHire = 0,
    Hacking = 1,
    Malware = 2,
    PhishingFraud = 3,
    AccountTheft = 4,
    CheatingModding = 5,
    Other = 6,
}

[JsonConverter(typeof(JsonStringEnumConverter<Mechanism>))]
public enum Mechanism
{
    Education = 0,
    Diversion = 1,
    DeterrenceMessaging = 2,
    SkillsRedirection = 3,
    Restorative = 4,
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("Interventions");
        builder.Property(i => i.Slug).HasMaxLength(80);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(150);
        builder.Property(i => i.OwnerAgencyCode).HasMaxLength(2);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.OwnerAgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.Property(i => i.Description).HasMaxLength(20000);
        builder.Property(i => i.CreatedBy).HasMaxLength(450);
        builder.Property(i => i.LastEditedBy).HasMaxLength(450);
        builder.Property(i => i.ReleasedBy).HasMaxLength(450);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ReleaseState, i.Tlp });
        builder.Property(i => i.CostNote).HasMaxLength(1000);
        builder.Property(i => i.CostPerParticipantEur).HasPrecision(10, 2);
        builder.Property(i => i.DosageHours).HasPrecision(7, 1);
        builder.Property(i => i.PartnersNeeded).HasMaxLength(2000);
        builder.Property(i => i.ContactName).HasMaxLength(150);
        builder.Property(i => i.ContactEmail).HasMaxLength(254);
        builder.Property(i => i.ContactUrl).HasMaxLength(500);
        builder.Property(i => i.Website).HasMaxLength(500);
        builder.OwnsMany(i => i.Components, c => c.ToJson());
        builder.OwnsMany(i => i.Staffing, c => c.ToJson());
        builder.OwnsMany(i => i.Sources, c => c.ToJson());
    }
}
