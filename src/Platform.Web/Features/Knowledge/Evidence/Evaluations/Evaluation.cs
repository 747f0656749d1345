using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;

namespace Platform.Web.Features.Knowledge.Evidence.Evaluations;

/// <summary>
/// One evaluation study of an intervention (CrimeSolutions keeps studies apart from programmes, so one programme can
/// gather evaluations from several countries). Added by the owning agency, or by an adopting agency as the local
/// evaluation of its adoption. Knowledge, not personal data: visible to whoever sees the intervention.
/// </summary>
public sealed class Evaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InterventionId { get; set; }

    public required string Title { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where the study took place.</summary>
    public required string CountryCode { get; set; }

    public int Year { get; set; }

    public EvaluationDesign Design { get; set; }

    public int? SampleSize { get; set; }

    public int? FollowUpMonths { get; set; }

    public bool IndependentEvaluator { get; set; }

    public string? Url { get; set; }

    public string Summary { get; set; } = "";

    public List<EvaluationFinding> Findings { get; set; } = [];

    /// <summary>The agency that recorded it: the owner, or an adopter reporting its local evaluation.</summary>
    public required string AddedByAgencyCode { get; set; }

    /// <summary>Set when an adopting agency reports the evaluation of its own pilot or roll-out.</summary>
    public Guid? AdoptionId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What one evaluation found for one outcome.</summary>
public sealed class EvaluationFinding
{
    public EvidenceOutcome Outcome { get; set; }

    public FindingResult Result { get; set; }

    public string Effect { get; set; } = "";
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("KnowledgeEvaluations");
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.CountryCode).HasMaxLength(2);
        builder.Property(e => e.Url).HasMaxLength(500);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        builder.Property(e => e.AddedByAgencyCode).HasMaxLength(2);
        builder.Property(e => e.CreatedBy).HasMaxLength(450);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(e => e.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Adoption>().WithMany().HasForeignKey(e => e.AdoptionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.InterventionId);
        builder.OwnsMany(e => e.Findings, f =>
        {
            f.ToJson();
            f.Property(x => x.Effect).HasMaxLength(1000);
        });
    }
}
