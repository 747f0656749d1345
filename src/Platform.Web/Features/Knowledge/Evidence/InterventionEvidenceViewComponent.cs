using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The section of an intervention's page that shows evaluations and evidence ratings per outcome.</summary>
public sealed class InterventionEvidenceViewComponent(EvidenceSummaryHandler summaries) : ViewComponent
{
    // Absolute view paths: with the Razor Pages root at /Features the default search would depend on the calling page's folder.
    public const string ViewPath = "/Features/Knowledge/Evidence/Components/InterventionEvidence.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid interventionId)
    {
        var summary = await summaries.HandleAsync(EvidenceActor.From(UserClaimsPrincipal), interventionId, HttpContext.RequestAborted);
        return summary is null ? Content("") : View(ViewPath, summary);
    }
}
