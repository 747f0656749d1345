using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Protection.Retention;

[Authorize(Policy = Policies.CountryAdmin)]
public sealed class ReviewModel(RetentionPlanner planner, DecideRetentionHandler decide, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RetentionDecisionInput Input { get; set; } = new();

    public RetentionItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var agency = NetworkActor.From(User).AgencyCode!;
        var today = await planner.TodayAsync(agency, cancellationToken);
        var item = (await planner.ItemsAsync(agency, cancellationToken)).FirstOrDefault(i => i.RecordId == id && i.InReviewWindow(today));
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await decide.HandleAsync(NetworkActor.From(User), id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return await OnGetAsync(id, cancellationToken);
        }

        TempData["Message"] = localizer["Your decision on {0} is recorded.", outcome.Value!.Label].Value;
        return Redirect("/Cases/Retention");
    }
}
