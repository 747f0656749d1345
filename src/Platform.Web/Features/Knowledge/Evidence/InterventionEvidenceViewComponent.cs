using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The section of an intervention's page that shows evaluations and evidence ratings per outcome.</summary>
public sealed class InterventionEvidenceViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid interventionId) => Content("");
}
