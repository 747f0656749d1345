using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>
/// A shared document: an intervention's material (manual, slides, lesson plan) when <see cref="InterventionId"/>
/// is set, otherwise a network document (report, toolbox). Released and TLP-marked like interventions; the bytes
/// live in <see cref="KnowledgeDocumentContent"/> so listings never load them.
/// </summary>
public sealed class KnowledgeDocument : IKnowledgeItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? InterventionId { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public required string OwnerAgencyCode { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>ISO 639-1 code of the document's language.</summary>
    public required string Language { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>Plain text taken from the file (text formats) for full-text search; empty when none could be read.</summary>
    public string ExtractedText { get; set; } = "";

    public TlpMarking Tlp { get; set; } = TlpMarking.Green;

    public ReleaseState ReleaseState { get; set; } = ReleaseState.NationalDraft;

    public List<string> AmberAgencyCodes { get; set; } = [];

    public List<string> RedMemberIds { get; set; } = [];

    public required string CreatedBy { get; set; }

    public required string LastEditedBy { get; set; }

    public string? ReleasedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Optimistic concurrency for metadata and sharing changes.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    Manual = 0,
    TrainingMaterial = 1,
    LessonPlan = 2,
    Slides = 3,
    Report = 4,
    Evaluation = 5,
    Other = 6,
}

/// <summary>The uploaded bytes, one row per document.</summary>
public sealed class KnowledgeDocumentContent
{
    public Guid DocumentId { get; set; }

    public required byte[] Bytes { get; set; }
}

internal sealed class KnowledgeDocumentConfiguration : IEntityTypeConfiguration<KnowledgeDocument>
{
    public void Configure(EntityTypeBuilder<KnowledgeDocument> builder)
    {
        builder.ToTable("KnowledgeDocuments");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.Property(d => d.OwnerAgencyCode).HasMaxLength(2);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.OwnerAgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(d => d.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Language).HasMaxLength(8);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.CreatedBy).HasMaxLength(450);
        builder.Property(d => d.LastEditedBy).HasMaxLength(450);
        builder.Property(d => d.ReleasedBy).HasMaxLength(450);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class KnowledgeDocumentContentConfiguration : IEntityTypeConfiguration<KnowledgeDocumentContent>
{
    public void Configure(EntityTypeBuilder<KnowledgeDocumentContent> builder)
    {
        builder.ToTable("KnowledgeDocumentContents");
        builder.HasKey(c => c.DocumentId);
        builder.HasOne<KnowledgeDocument>().WithOne().HasForeignKey<KnowledgeDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
