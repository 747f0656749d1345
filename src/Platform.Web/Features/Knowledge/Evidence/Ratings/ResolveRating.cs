using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>A network admin who was not one of the two reviewers settles a disputed rating, with a recorded reason.</summary>
public sealed class ResolveRatingHandler(AppDbContext db, InterventionAccess interventions, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<RatingState>> HandleAsync(EvidenceActor actor, Guid ratingId, ResolveInput input, CancellationToken cancellationToken = default)
    {
        var rating = await db.EvidenceRatings.Include(r => r.Reviews).FirstOrDefaultAsync(r => r.Id == ratingId, cancellationToken);
        var found = rating is null ? null : await interventions.FindAsync(actor.Viewer, rating.InterventionId, cancellationToken);
        if (rating is null || found is null)
        {
            return Outcome.NotFound<RatingState>();
        }

        if (!actor.IsNetworkAdmin)
        {
            return Outcome.Invalid<RatingState>("", "Only a network admin can resolve a disputed rating.");
        }

        if (rating.Reviews.Any(r => r.ReviewerId == actor.MemberId))
        {
            return Outcome.Invalid<RatingState>("", "A third person resolves a dispute: you were one of its reviewers.");
        }

        if (rating.State != RatingState.Disputed)
        {
            return Outcome.Invalid<RatingState>("", "Only a disputed rating can be resolved.");
        }

        var errors = Network.Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        var evaluations = await ListEvaluationsHandler.ForInterventionAsync(db, rating.InterventionId, cancellationToken);
        if (RatingRules.CheckTier(input.Tier, rating.Outcome, evaluations) is { } tierError)
        {
            errors[nameof(ResolveInput.Tier)] = [tierError];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<RatingState>(errors);
        }

        rating.State = RatingState.Resolved;
        rating.FinalTier = input.Tier;
        rating.ResolvedBy = actor.MemberId;
        rating.ResolutionReason = input.Reason.Trim();
        rating.ClosedAt = clock.GetUtcNow();
        rating.Version = Guid.NewGuid();
        await RatingRules.UpdateBestTierAsync(db, rating.InterventionId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("rating.resolved", nameof(EvidenceRating), rating.Id.ToString(), found.OwnerAgencyCode,
            Reason: rating.ResolutionReason, Details: $"intervention {found.Slug}, outcome {rating.Outcome}, tier {input.Tier}"), cancellationToken);
        return Outcome.Ok(rating.State);
    }
}
