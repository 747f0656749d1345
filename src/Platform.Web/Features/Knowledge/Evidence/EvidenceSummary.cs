using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The tier currently standing for one outcome: from its latest agreed or resolved rating.</summary>
public sealed record OutcomeTier(EvidenceOutcome Outcome, EvidenceTier Tier, Guid RatingId, string InstrumentVersion, DateTimeOffset? RatedAt, bool Resolved);

/// <summary>What the evidence section of an intervention shows.</summary>
public sealed record EvidenceSummary(
    InterventionRef Intervention,
    EvidenceTier BestTier,
    IReadOnlyList<EvaluationView> Evaluations,
    IReadOnlyList<OutcomeTier> Tiers,
    IReadOnlyList<RatingView> OpenRatings,
    int EvaluationCountries,
    IReadOnlyList<string> AdoptingCountries,
    bool CanAddEvaluation,
    bool CanOpenRating);

/// <summary>Builds the evidence section; null when the viewer cannot see the intervention.</summary>
public sealed class EvidenceSummaryHandler(AppDbContext db, InterventionAccess interventions, ListRatingsHandler ratings)
{
    public async Task<EvidenceSummary?> HandleAsync(EvidenceActor actor, Guid interventionId, CancellationToken cancellationToken = default)
    {
        var found = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var evaluations = await ListEvaluationsHandler.ForInterventionAsync(db, interventionId, cancellationToken);
        var all = (await ratings.ForInterventionAsync(actor, interventionId, cancellationToken)).Value ?? [];
        var tiers = all.Where(r => r.State is RatingState.Agreed or RatingState.Resolved)
            .GroupBy(r => r.Outcome)
            .Select(g => g.OrderByDescending(r => r.ClosedAt).First())
            .Select(r => new OutcomeTier(r.Outcome, r.FinalTier ?? EvidenceTier.NotRated, r.Id, r.InstrumentVersion, r.ClosedAt, r.State == RatingState.Resolved))
            .OrderByDescending(t => t.Tier).ThenBy(t => t.Outcome)
            .ToList();
        var item = await db.Interventions.AsNoTracking().Where(i => i.Id == interventionId)
            .Select(i => new { i.BestEvidenceTier, i.AdoptingCountries }).FirstAsync(cancellationToken);
        var adopter = actor.AgencyCode is not null
            && await db.Adoptions.AnyAsync(a => a.InterventionId == interventionId && a.AgencyCode == actor.AgencyCode, cancellationToken);
        return new EvidenceSummary(
            found,
            item.BestEvidenceTier,
            [.. evaluations.Select(EvaluationView.From)],
            tiers,
            [.. all.Where(r => r.State is RatingState.InReview or RatingState.Disputed)],
            evaluations.Select(e => e.CountryCode).Distinct().Count(),
            item.AdoptingCountries,
            (actor.ActsFor(found.OwnerAgencyCode) || adopter) && (actor.IsCountryAdmin || actor.IsPreventionOfficer || actor.IsNetworkAdmin),
            actor.CanOpenRatingFor(found.OwnerAgencyCode));
    }
}
