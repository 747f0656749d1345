using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Protection.Retention;

[Authorize(Policy = Policies.CountryAdmin)]
public sealed class ScheduleModel(RetentionPlanner planner, UpdateRetentionRuleHandler update, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RetentionRuleInput Input { get; set; } = new();

    public RetentionRecordType Type { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (Parse(type) is not { } known)
        {
            return NotFound();
        }

        Type = known;
        var rule = (await planner.RulesAsync(NetworkActor.From(User).AgencyCode!, cancellationToken)).Single(r => r.RecordType == known);
        Input = new RetentionRuleInput { KeepMonths = rule.KeepMonths, ReviewDays = rule.ReviewDays, EraseWithoutReview = rule.EraseWithoutReview };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, CancellationToken cancellationToken)
    {
        if (Parse(type) is not { } known)
        {
            return NotFound();
        }

        Type = known;
        var outcome = await update.HandleAsync(NetworkActor.From(User), known, Input, cancellationToken);
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

        TempData["Message"] = localizer["The schedule is saved."].Value;
        return Redirect("/Cases/Retention");
    }

    // Only the names: a number or an unknown word must not fall back to the first record type.
    private static RetentionRecordType? Parse(string? type) =>
        Enum.GetValues<RetentionRecordType>().Cast<RetentionRecordType?>()
            .FirstOrDefault(t => string.Equals(t.ToString(), type, StringComparison.OrdinalIgnoreCase));
}
