using Microsoft.AspNetCore.Mvc;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>The section of an intervention's page that shows questions to the owning team and their answers.</summary>
public sealed class InterventionQuestionsViewComponent(ListQuestionsHandler questions) : ViewComponent
{
    public const string PageParameter = "questionsPage";

    public async Task<IViewComponentResult> InvokeAsync(Guid interventionId)
    {
        int? page = int.TryParse(Request.Query[PageParameter], out var p) ? p : null;
        var outcome = await questions.ForInterventionAsync(QuestionActor.From(UserClaimsPrincipal), interventionId, page, cancellationToken: HttpContext.RequestAborted);
        if (outcome.IsNotFound)
        {
            return Content("");
        }

        return View("/Features/Knowledge/Questions/_InterventionQuestions.cshtml", new InterventionQuestionsModel(interventionId, outcome.Value!));
    }
}

public sealed record InterventionQuestionsModel(Guid InterventionId, PageOf<QuestionView> Questions);
