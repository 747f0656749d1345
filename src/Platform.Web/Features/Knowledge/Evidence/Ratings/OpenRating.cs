using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>A network admin or the owning agency's country admin opens a rating of one outcome and assigns two reviewers.</summary>
public sealed class OpenRatingHandler(AppDbContext db, InterventionAccess interventions, ReviewerPool reviewers, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<Guid>> HandleAsync(EvidenceActor actor, Guid interventionId, OpenRatingInput input, CancellationToken cancellationToken = default)
    {
        var found = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (found is null)
        {
            return Outcome.NotFound<Guid>();
        }

        if (!actor.CanOpenRatingFor(found.OwnerAgencyCode))
        {
            return Outcome.Invalid<Guid>("", "Only a network admin or the owning agency's country admin can open a rating.");
        }

        if (!Enum.IsDefined(input.Outcome))
        {
            return Outcome.Invalid<Guid>(nameof(OpenRatingInput.Outcome), "Choose the outcome to rate.");
        }

        if (await db.EvidenceRatings.AnyAsync(r => r.InterventionId == interventionId && r.Outcome == input.Outcome
                && (r.State == RatingState.InReview || r.State == RatingState.Disputed), cancellationToken))
        {
            return Outcome.Invalid<Guid>(nameof(OpenRatingInput.Outcome), "A rating of this outcome is already in progress.");
        }

        var intervention = await db.Interventions.AsNoTracking().FirstAsync(i => i.Id == interventionId, cancellationToken);
        var errors = await ReviewerChecks.CheckAsync(reviewers, intervention, input.FirstReviewerId, input.SecondReviewerId, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<Guid>(errors);
        }

        var rating = new EvidenceRating
        {
            InterventionId = interventionId,
            Outcome = input.Outcome,
            OpenedBy = actor.MemberId,
            OpenedAt = clock.GetUtcNow(),
            Reviews = [new RatingReview { ReviewerId = input.FirstReviewerId }, new RatingReview { ReviewerId = input.SecondReviewerId }],
        };
        db.EvidenceRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("rating.opened", nameof(EvidenceRating), rating.Id.ToString(), found.OwnerAgencyCode,
            Details: $"intervention {found.Slug}, outcome {input.Outcome}, instrument {rating.InstrumentVersion}, reviewers {input.FirstReviewerId} and {input.SecondReviewerId}"),
            cancellationToken);
        return Outcome.Ok(rating.Id);
    }
}

internal static class ReviewerChecks
{
    public static async Task<Dictionary<string, string[]>> CheckAsync(
        ReviewerPool pool, Catalogue.Intervention intervention, string first, string second, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(first))
        {
            errors["FirstReviewerId"] = ["Choose the first reviewer."];
        }

        if (string.IsNullOrWhiteSpace(second))
        {
            errors["SecondReviewerId"] = ["Choose the second reviewer."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (first == second)
        {
            errors["SecondReviewerId"] = ["Choose two different reviewers."];
            return errors;
        }

        if (await pool.RefusalAsync(first, intervention, cancellationToken) is { } firstRefusal)
        {
            errors["FirstReviewerId"] = [firstRefusal];
        }

        if (await pool.RefusalAsync(second, intervention, cancellationToken) is { } secondRefusal)
        {
            errors["SecondReviewerId"] = [secondRefusal];
        }

        return errors;
    }
}
