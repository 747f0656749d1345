using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

/// <summary>The rating instrument's rules, shared by reviewers, the resolver and the page that states them.</summary>
public static class RatingRules
{
    public const string DesignRule =
        "Promising and Effective need at least one randomised controlled trial or quasi-experimental evaluation that measured this outcome.";

    /// <summary>Tiers a reviewer can give (NotRated is the absence of a rating, not a judgement).</summary>
    public static readonly IReadOnlyList<EvidenceTier> Choices =
    [
        EvidenceTier.Effective, EvidenceTier.Promising, EvidenceTier.Emerging, EvidenceTier.Inconclusive,
        EvidenceTier.NoEffects, EvidenceTier.NegativeEffects,
    ];

    internal static string? CheckTier(EvidenceTier tier, EvidenceOutcome outcome, IEnumerable<Evaluation> evaluations)
    {
        if (!Choices.Contains(tier))
        {
            return "Choose a tier.";
        }

        var controlled = evaluations.Any(e => EvidenceLabels.IsControlled(e.Design)
            && e.Findings.Any(f => f.Outcome == outcome && f.Result != FindingResult.NotMeasured));
        return tier >= EvidenceTier.Promising && !controlled ? DesignRule : null;
    }

    /// <summary>
    /// Best agreed tier over the intervention's outcomes (the latest closed rating per outcome counts), written to the
    /// intervention for search facets. Call before SaveChanges.
    /// </summary>
    internal static async Task UpdateBestTierAsync(AppDbContext db, Guid interventionId, CancellationToken cancellationToken)
    {
        var closed = await db.EvidenceRatings
            .Where(r => r.InterventionId == interventionId && (r.State == RatingState.Agreed || r.State == RatingState.Resolved))
            .Select(r => new { r.Id, r.Outcome, r.FinalTier, r.ClosedAt })
            .ToListAsync(cancellationToken);
        var tracked = db.ChangeTracker.Entries<EvidenceRating>()
            .Where(e => e.Entity.InterventionId == interventionId && e.Entity.IsClosed)
            .Select(e => new { e.Entity.Id, e.Entity.Outcome, e.Entity.FinalTier, e.Entity.ClosedAt });
        var best = closed.Where(c => tracked.All(t => t.Id != c.Id)).Concat(tracked)
            .GroupBy(r => r.Outcome)
            .Select(g => g.OrderByDescending(r => r.ClosedAt).First().FinalTier ?? EvidenceTier.NotRated)
            .DefaultIfEmpty(EvidenceTier.NotRated)
            .Max();
        var intervention = await db.Interventions.FirstAsync(i => i.Id == interventionId, cancellationToken);
        intervention.BestEvidenceTier = best;
    }
}
