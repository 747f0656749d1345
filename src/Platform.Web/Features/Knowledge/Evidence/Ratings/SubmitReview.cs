using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>
/// A reviewer submits a tier and rationale, once. The second submission closes the round: the same tier is Agreed
/// (and counts for the intervention's best tier), different tiers make it Disputed for a third person to resolve.
/// </summary>
public sealed class SubmitReviewHandler(AppDbContext db, InterventionAccess interventions, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<RatingState>> HandleAsync(EvidenceActor actor, Guid ratingId, ReviewInput input, CancellationToken cancellationToken = default)
    {
        var rating = await db.EvidenceRatings.Include(r => r.Reviews).FirstOrDefaultAsync(r => r.Id == ratingId, cancellationToken);
        var found = rating is null ? null : await interventions.FindAsync(actor.Viewer, rating.InterventionId, cancellationToken);
        if (rating is null || found is null)
        {
            return Outcome.NotFound<RatingState>();
        }

        var mine = rating.Reviews.FirstOrDefault(r => r.ReviewerId == actor.MemberId);
        if (mine is null || !(actor.IsPreventionOfficer || actor.IsCountryAdmin || actor.IsNetworkAdmin))
        {
            return Outcome.Invalid<RatingState>("", "You are not one of the two reviewers of this rating.");
        }

        if (mine.SubmittedAt is not null || rating.State != RatingState.InReview)
        {
            return Outcome.Invalid<RatingState>("", "You have already submitted your review of this rating.");
        }

        var errors = Network.Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        var evaluations = await ListEvaluationsHandler.ForInterventionAsync(db, rating.InterventionId, cancellationToken);
        if (RatingRules.CheckTier(input.Tier, rating.Outcome, evaluations) is { } tierError)
        {
            errors[nameof(ReviewInput.Tier)] = [tierError];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<RatingState>(errors);
        }

        var now = clock.GetUtcNow();
        mine.Tier = input.Tier;
        mine.Rationale = input.Rationale.Trim();
        mine.SubmittedAt = now;
        if (rating.BothSubmitted)
        {
            var tiers = rating.Reviews.Select(r => r.Tier!.Value).Distinct().ToList();
            if (tiers.Count == 1)
            {
                rating.State = RatingState.Agreed;
                rating.FinalTier = tiers[0];
                rating.ClosedAt = now;
                await RatingRules.UpdateBestTierAsync(db, rating.InterventionId, cancellationToken);
            }
            else
            {
                rating.State = RatingState.Disputed;
            }
        }

        rating.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("rating.review-submitted", nameof(EvidenceRating), rating.Id.ToString(), found.OwnerAgencyCode,
            Details: $"outcome {rating.Outcome}"), cancellationToken);
        if (rating.State != RatingState.InReview)
        {
            await audit.RecordAsync(new AuditEvent(rating.State == RatingState.Agreed ? "rating.agreed" : "rating.disputed",
                nameof(EvidenceRating), rating.Id.ToString(), found.OwnerAgencyCode,
                Details: $"intervention {found.Slug}, outcome {rating.Outcome}, tiers {string.Join(" / ", rating.Reviews.Select(r => r.Tier))}"),
                cancellationToken);
        }

        return Outcome.Ok(rating.State);
    }
}
