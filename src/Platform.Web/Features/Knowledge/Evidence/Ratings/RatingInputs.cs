using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

public sealed class OpenRatingInput
{
    public EvidenceOutcome Outcome { get; set; }

    [Required(ErrorMessage = "Choose the first reviewer.")]
    public string FirstReviewerId { get; set; } = "";

    [Required(ErrorMessage = "Choose the second reviewer.")]
    public string SecondReviewerId { get; set; } = "";
}

public sealed class AssignReviewersInput
{
    [Required(ErrorMessage = "Choose the first reviewer.")]
    public string FirstReviewerId { get; set; } = "";

    [Required(ErrorMessage = "Choose the second reviewer.")]
    public string SecondReviewerId { get; set; } = "";
}

public sealed class ReviewInput
{
    public EvidenceTier Tier { get; set; }

    [Required(ErrorMessage = "Explain your rating: which evaluations and findings it rests on.")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "Write a rationale of 10 to 4000 characters.")]
    public string Rationale { get; set; } = "";
}

public sealed class ResolveInput
{
    public EvidenceTier Tier { get; set; }

    [Required(ErrorMessage = "Give the reason for your decision.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Write a reason of 10 to 2000 characters.")]
    public string Reason { get; set; } = "";
}

/// <summary>A review as the viewer may see it: tier and rationale stay hidden until both reviewers have submitted.</summary>
public sealed record ReviewView(string ReviewerId, string ReviewerName, string? ReviewerAgencyCode, bool Submitted, EvidenceTier? Tier, string? Rationale, DateTimeOffset? SubmittedAt);

public sealed record RatingView(
    Guid Id,
    Guid InterventionId,
    string InterventionSlug,
    string InterventionName,
    EvidenceOutcome Outcome,
    string InstrumentVersion,
    RatingState State,
    EvidenceTier? FinalTier,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ResolutionReason,
    IReadOnlyList<ReviewView> Reviews,
    bool IsMyReviewPending,
    bool CanResolve);

public static class RatingLabels
{
    public static string Label(RatingState state) => state switch
    {
        RatingState.InReview => "In review",
        RatingState.Agreed => "Agreed",
        RatingState.Disputed => "Disputed",
        RatingState.Resolved => "Resolved",
        _ => state.ToString(),
    };
}
