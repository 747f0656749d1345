using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// A person's check against the programme's factual criteria, and the human decision that follows. The results are
/// shown as a checklist; the decision is never derived from them (no score, no weights): the officer decides and
/// must say why.
/// </summary>
public sealed class EligibilityDecision : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public required string ProgrammeKey { get; set; }

    public int ProgrammeVersion { get; set; }

    public List<CriterionResult> Criteria { get; set; } = [];

    public EligibilityOutcome Outcome { get; set; }

    public required string Reason { get; set; }

    /// <summary>For "not eligible": where the young person was pointed to instead.</summary>
    public string? SignpostingNote { get; set; }

    public required string DecidedById { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

public enum EligibilityOutcome
{
    Eligible = 0,
    NotEligible = 1,
}

public enum CriterionResultValue
{
    Unknown = 0,
    Met = 1,
    NotMet = 2,
}

/// <summary>One line of the checklist: the criterion as worded in the programme version, the result and the evidence.</summary>
public sealed class CriterionResult
{
    public required string CriterionKey { get; set; }

    public required string Statement { get; set; }

    public CriterionResultValue Result { get; set; }

    public string? EvidenceNote { get; set; }
}

internal sealed class EligibilityDecisionConfiguration : IEntityTypeConfiguration<EligibilityDecision>
{
    public void Configure(EntityTypeBuilder<EligibilityDecision> builder)
    {
        builder.ToTable("CaseEligibilityDecisions");
        builder.Property(d => d.AgencyCode).HasMaxLength(2);
        builder.Property(d => d.ProgrammeKey).HasMaxLength(60);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.SignpostingNote).HasMaxLength(2000);
        builder.Property(d => d.DecidedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(d => d.Criteria, c => c.ToJson());
    }
}
