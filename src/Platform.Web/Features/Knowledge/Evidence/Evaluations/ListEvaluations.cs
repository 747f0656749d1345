using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Evaluations;

/// <summary>Evaluations of one intervention, newest first; nothing when the viewer cannot see the intervention.</summary>
public sealed class ListEvaluationsHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<Outcome<IReadOnlyList<EvaluationView>>> HandleAsync(EvidenceActor actor, Guid interventionId, CancellationToken cancellationToken = default)
    {
        if (await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken) is null)
        {
            return Outcome.NotFound<IReadOnlyList<EvaluationView>>();
        }

        var rows = await ForInterventionAsync(db, interventionId, cancellationToken);
        return Outcome.Ok<IReadOnlyList<EvaluationView>>([.. rows.Select(EvaluationView.From)]);
    }

    /// <summary>Unchecked load for use cases that already checked visibility.</summary>
    internal static async Task<List<Evaluation>> ForInterventionAsync(AppDbContext db, Guid interventionId, CancellationToken cancellationToken) =>
        (await db.Evaluations.AsNoTracking().Where(e => e.InterventionId == interventionId).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
}
