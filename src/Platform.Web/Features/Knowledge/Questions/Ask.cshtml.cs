using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

[Authorize(Policy = Policies.Member)]
public sealed class AskModel(AppDbContext db, AskQuestionHandler ask, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public string InterventionName { get; private set; } = "";

    public string InterventionSlug { get; private set; } = "";

    public string OwnerAgency { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid interventionId, CancellationToken cancellationToken) =>
        await LoadAsync(interventionId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid interventionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(interventionId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await ask.HandleAsync(QuestionActor.From(User), interventionId, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Your question was sent to the team that owns {0}.", InterventionName].Value;
        return Redirect($"/Knowledge/Questions/{outcome.Value!.Id}");
    }

    private async Task<bool> LoadAsync(Guid interventionId, CancellationToken cancellationToken)
    {
        var intervention = await QuestionQueries.VisibleInterventions(db, QuestionActor.From(User))
            .Where(i => i.Id == interventionId)
            .Select(i => new { i.Name, i.Slug, Owner = db.Agencies.Where(a => a.Code == i.OwnerAgencyCode).Select(a => a.Name).FirstOrDefault() ?? i.OwnerAgencyCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (intervention is null)
        {
            return false;
        }

        (InterventionName, InterventionSlug, OwnerAgency) = (intervention.Name, intervention.Slug, intervention.Owner);
        return true;
    }
}
