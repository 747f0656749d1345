using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>
/// The evidence rating of one outcome of one intervention, after CrimeSolutions: two reviewers rate independently,
/// agreement closes it, disagreement goes to a third person who records why. Stored with the instrument version,
/// so a later change of the rating rules never silently re-labels an old rating.
/// </summary>
public sealed class EvidenceRating
{
    /// <summary>The rating instrument in use: CrimeSolutions-based tiers plus Emerging, with the controlled-design rule.</summary>
    public const string CurrentInstrument = "InterCOP-2026.1";

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InterventionId { get; set; }

    public EvidenceOutcome Outcome { get; set; }

    public string InstrumentVersion { get; set; } = CurrentInstrument;

    public RatingState State { get; set; } = RatingState.InReview;

    public List<RatingReview> Reviews { get; set; } = [];

    /// <summary>The tier both reviewers agreed on, or the resolver's tier.</summary>
    public EvidenceTier? FinalTier { get; set; }

    public required string OpenedBy { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public string? ResolutionReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsClosed => State is RatingState.Agreed or RatingState.Resolved;

    public bool BothSubmitted => Reviews.Count == 2 && Reviews.All(r => r.SubmittedAt is not null);
}

[JsonConverter(typeof(JsonStringEnumConverter<RatingState>))]
public enum RatingState
{
    InReview = 0,
    Agreed = 1,
    Disputed = 2,
    Resolved = 3,
}

/// <summary>One reviewer's independent judgement; hidden from the other reviewer until both have submitted.</summary>
public sealed class RatingReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RatingId { get; set; }

    public required string ReviewerId { get; set; }

    public EvidenceTier? Tier { get; set; }

    public string? Rationale { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
}

internal sealed class EvidenceRatingConfiguration : IEntityTypeConfiguration<EvidenceRating>
{
    public void Configure(EntityTypeBuilder<EvidenceRating> builder)
    {
        builder.ToTable("KnowledgeEvidenceRatings");
        builder.Property(r => r.InstrumentVersion).HasMaxLength(40);
        builder.Property(r => r.OpenedBy).HasMaxLength(450);
        builder.Property(r => r.ResolvedBy).HasMaxLength(450);
        builder.Property(r => r.ResolutionReason).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.BothSubmitted);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(r => r.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Reviews).WithOne().HasForeignKey(r => r.RatingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.InterventionId, r.Outcome });
    }
}

internal sealed class RatingReviewConfiguration : IEntityTypeConfiguration<RatingReview>
{
    public void Configure(EntityTypeBuilder<RatingReview> builder)
    {
        builder.ToTable("KnowledgeRatingReviews");
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.Rationale).HasMaxLength(4000);
        builder.HasIndex(r => new { r.RatingId, r.ReviewerId }).IsUnique();
        builder.HasIndex(r => r.ReviewerId);
    }
}
