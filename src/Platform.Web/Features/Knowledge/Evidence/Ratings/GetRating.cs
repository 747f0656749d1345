using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>
/// One rating as the viewer may see it. Reviews stay blind: until both are in, nobody (the other reviewer included)
/// sees a submitted tier or rationale, only that it was submitted; each reviewer sees their own.
/// </summary>
public sealed class GetRatingHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<Outcome<RatingView>> HandleAsync(EvidenceActor actor, Guid ratingId, CancellationToken cancellationToken = default)
    {
        var rating = await db.EvidenceRatings.AsNoTracking().Include(r => r.Reviews).FirstOrDefaultAsync(r => r.Id == ratingId, cancellationToken);
        var found = rating is null ? null : await interventions.FindAsync(actor.Viewer, rating.InterventionId, cancellationToken);
        if (rating is null || found is null)
        {
            return Outcome.NotFound<RatingView>();
        }

        var names = await ReviewerNamesAsync(db, rating.Reviews.Select(r => r.ReviewerId), cancellationToken);
        return Outcome.Ok(ToView(rating, found, names, actor));
    }

    internal static async Task<Dictionary<string, (string Name, string? Agency)>> ReviewerNamesAsync(
        AppDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.Where(m => wanted.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => (m.DisplayName, m.AgencyCode), cancellationToken);
    }

    internal static RatingView ToView(EvidenceRating rating, InterventionRef intervention, Dictionary<string, (string Name, string? Agency)> names, EvidenceActor actor)
    {
        var open = !rating.BothSubmitted;
        var reviews = rating.Reviews
            .OrderBy(r => r.Id)
            .Select(r =>
            {
                var visible = !open || r.ReviewerId == actor.MemberId;
                var (name, agency) = names.TryGetValue(r.ReviewerId, out var n) ? n : ("?", null);
                return new ReviewView(r.ReviewerId, name, agency, r.SubmittedAt is not null,
                    visible ? r.Tier : null, visible ? r.Rationale : null, r.SubmittedAt);
            })
            .ToList();
        var myPending = rating.State == RatingState.InReview && rating.Reviews.Any(r => r.ReviewerId == actor.MemberId && r.SubmittedAt is null);
        var canResolve = rating.State == RatingState.Disputed && actor.IsNetworkAdmin && rating.Reviews.All(r => r.ReviewerId != actor.MemberId);
        return new RatingView(rating.Id, rating.InterventionId, intervention.Slug, intervention.Name, rating.Outcome, rating.InstrumentVersion,
            rating.State, rating.FinalTier, rating.OpenedAt, rating.ClosedAt, rating.ResolutionReason, reviews, myPending, canResolve);
    }
}
