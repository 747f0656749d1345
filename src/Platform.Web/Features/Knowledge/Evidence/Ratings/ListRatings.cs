using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

public sealed record RatingTask(Guid RatingId, string InterventionSlug, string InterventionName, EvidenceOutcome Outcome, RatingState State, DateTimeOffset OpenedAt, bool AwaitsMe);

/// <summary>Review tasks: ratings I review, and for network admins the disputes waiting for a third person.</summary>
public sealed class ListRatingsHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<IReadOnlyList<RatingTask>> MineAsync(EvidenceActor actor, CancellationToken cancellationToken = default)
    {
        var visible = interventions.Visible(actor.Viewer);
        var query = db.EvidenceRatings.AsNoTracking()
            .Where(r => visible.Any(i => i.Id == r.InterventionId))
            .Where(r => r.Reviews.Any(v => v.ReviewerId == actor.MemberId)
                || (actor.IsNetworkAdmin && r.State == RatingState.Disputed && r.Reviews.All(v => v.ReviewerId != actor.MemberId)));
        var rows = await query
            .Select(r => new
            {
                r.Id, r.Outcome, r.State, r.OpenedAt, r.InterventionId,
                Pending = r.State == RatingState.InReview && r.Reviews.Any(v => v.ReviewerId == actor.MemberId && v.SubmittedAt == null),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.InterventionId).Distinct().ToList();
        var names = await db.Interventions.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (i.Slug, i.Name), cancellationToken);
        return [.. rows
            .Select(r => new RatingTask(r.Id, names[r.InterventionId].Slug, names[r.InterventionId].Name, r.Outcome, r.State, r.OpenedAt,
                r.Pending || r.State == RatingState.Disputed))
            .OrderByDescending(t => t.AwaitsMe).ThenBy(t => t.OpenedAt)];
    }

    /// <summary>All ratings of one intervention, blind rules applied.</summary>
    public async Task<Outcome<IReadOnlyList<RatingView>>> ForInterventionAsync(EvidenceActor actor, Guid interventionId, CancellationToken cancellationToken = default)
    {
        var found = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (found is null)
        {
            return Outcome.NotFound<IReadOnlyList<RatingView>>();
        }

        var ratings = await db.EvidenceRatings.AsNoTracking().Include(r => r.Reviews)
            .Where(r => r.InterventionId == interventionId).ToListAsync(cancellationToken);
        var names = await GetRatingHandler.ReviewerNamesAsync(db, ratings.SelectMany(r => r.Reviews).Select(r => r.ReviewerId), cancellationToken);
        return Outcome.Ok<IReadOnlyList<RatingView>>([.. ratings
            .OrderBy(r => r.Outcome).ThenByDescending(r => r.OpenedAt)
            .Select(r => GetRatingHandler.ToView(r, found, names, actor))]);
    }
}
