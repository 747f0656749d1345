using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Evaluations;

/// <summary>
/// The owning agency adds an evaluation of its intervention; an adopting agency adds its local evaluation, which is
/// linked to its adoption record. Anyone else cannot.
/// </summary>
public sealed class AddEvaluationHandler(AppDbContext db, InterventionAccess interventions, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<EvaluationView>> HandleAsync(EvidenceActor actor, Guid interventionId, EvaluationInput input, CancellationToken cancellationToken = default)
    {
        var intervention = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (intervention is null)
        {
            return Outcome.NotFound<EvaluationView>();
        }

        Guid? adoptionId = null;
        if (!actor.ActsFor(intervention.OwnerAgencyCode))
        {
            adoptionId = await db.Adoptions
                .Where(a => a.InterventionId == interventionId && a.AgencyCode == actor.AgencyCode)
                .Select(a => (Guid?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (adoptionId is null)
            {
                return Outcome.Invalid<EvaluationView>("", "Only the owning agency, or an agency that registered an adoption, can add evaluations.");
            }
        }

        var errors = EvaluationRules.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<EvaluationView>(errors);
        }

        var evaluation = new Evaluation
        {
            InterventionId = interventionId,
            Title = input.Title.Trim(),
            CountryCode = input.CountryCode.Trim().ToUpperInvariant(),
            Year = input.Year,
            Design = input.Design,
            SampleSize = input.SampleSize,
            FollowUpMonths = input.FollowUpMonths,
            IndependentEvaluator = input.IndependentEvaluator,
            Url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim(),
            Summary = input.Summary?.Trim() ?? "",
            Findings = [.. input.Findings.Select(f => new EvaluationFinding { Outcome = f.Outcome, Result = f.Result, Effect = f.Effect?.Trim() ?? "" })],
            AddedByAgencyCode = actor.AgencyCode!,
            AdoptionId = adoptionId,
            CreatedBy = actor.MemberId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("evaluation.added", nameof(Evaluation), evaluation.Id.ToString(), actor.AgencyCode,
            Details: $"intervention {intervention.Slug}, {evaluation.Design}"), cancellationToken);
        return Outcome.Ok(EvaluationView.From(evaluation));
    }
}
