using Microsoft.AspNetCore.Mvc;
using Platform.Web.Features.Knowledge.Evidence.Readiness;

namespace Platform.Web.Features.Knowledge.Evidence;

public sealed record ReadinessSection(InterventionRef Intervention, ReadinessView Readiness, bool CanEdit, bool Prominent);

/// <summary>The section of an intervention's page that shows the dissemination-readiness checklist.</summary>
public sealed class InterventionReadinessViewComponent(InterventionAccess interventions, GetReadinessHandler readiness) : ViewComponent
{
    public const string ViewPath = "/Features/Knowledge/Evidence/Components/InterventionReadiness.cshtml";

    /// <param name="prominent">On the adopt page: shown first, as what the country is signing up to.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid interventionId, bool prominent = false)
    {
        var actor = EvidenceActor.From(UserClaimsPrincipal);
        var found = await interventions.FindAsync(actor.Viewer, interventionId, HttpContext.RequestAborted);
        var view = found is null ? null : (await readiness.HandleAsync(actor, interventionId, HttpContext.RequestAborted)).Value;
        return found is null || view is null
            ? Content("")
            : View(ViewPath, new ReadinessSection(found, view, actor.ActsFor(found.OwnerAgencyCode), prominent));
    }
}
