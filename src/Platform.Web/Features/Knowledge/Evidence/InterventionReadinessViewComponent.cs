using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The section of an intervention's page that shows the dissemination-readiness checklist.</summary>
public sealed class InterventionReadinessViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid interventionId) => Content("");
}
