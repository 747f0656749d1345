using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>Replaces the reviewer pair of a rating while neither has submitted (someone left, or has a conflict of interest).</summary>
public sealed class AssignReviewersHandler(AppDbContext db, InterventionAccess interventions, ReviewerPool reviewers, IAuditLog audit)
{
    public async Task<Outcome<Guid>> HandleAsync(EvidenceActor actor, Guid ratingId, AssignReviewersInput input, CancellationToken cancellationToken = default)
    {
        var rating = await db.EvidenceRatings.Include(r => r.Reviews).FirstOrDefaultAsync(r => r.Id == ratingId, cancellationToken);
        var found = rating is null ? null : await interventions.FindAsync(actor.Viewer, rating.InterventionId, cancellationToken);
        if (rating is null || found is null)
        {
            return Outcome.NotFound<Guid>();
        }

        if (!actor.CanOpenRatingFor(found.OwnerAgencyCode))
        {
            return Outcome.Invalid<Guid>("", "Only a network admin or the owning agency's country admin can assign reviewers.");
        }

        if (rating.State != RatingState.InReview || rating.Reviews.Any(r => r.SubmittedAt is not null))
        {
            return Outcome.Invalid<Guid>("", "Reviewers can only be changed before either of them has submitted.");
        }

        var intervention = await db.Interventions.AsNoTracking().FirstAsync(i => i.Id == rating.InterventionId, cancellationToken);
        var errors = await ReviewerChecks.CheckAsync(reviewers, intervention, input.FirstReviewerId, input.SecondReviewerId, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<Guid>(errors);
        }

        db.RatingReviews.RemoveRange(rating.Reviews);
        db.RatingReviews.AddRange(
            new RatingReview { RatingId = rating.Id, ReviewerId = input.FirstReviewerId },
            new RatingReview { RatingId = rating.Id, ReviewerId = input.SecondReviewerId });
        rating.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("rating.reviewers-assigned", nameof(EvidenceRating), rating.Id.ToString(), found.OwnerAgencyCode,
            Details: $"reviewers {input.FirstReviewerId} and {input.SecondReviewerId}"), cancellationToken);
        return Outcome.Ok(rating.Id);
    }
}
