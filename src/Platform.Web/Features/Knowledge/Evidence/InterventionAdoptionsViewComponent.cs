using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>The section of an intervention's page that shows which countries are interested, piloting, running or stopped.</summary>
public sealed class InterventionAdoptionsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid interventionId) => Content("");
}
