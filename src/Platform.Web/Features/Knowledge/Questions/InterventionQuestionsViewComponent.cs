using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>The section of an intervention's page that shows questions to the owning team and their answers.</summary>
public sealed class InterventionQuestionsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid interventionId) => Content("");
}
