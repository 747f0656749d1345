using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Cases.Protection.Coach;

[Authorize(Policy = CaseProtectionPolicies.PartnerCoach)]
public sealed class AssignmentModel(CoachAssignmentsHandler assignments, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CoachSessionInput Input { get; set; } = new();

    public CoachAssignmentView Assignment { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(CoachApi.MemberId(User), id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Assignment = found;
        Input.Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await assignments.RecordSessionAsync(CoachApi.MemberId(User), id, Input, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            Assignment = (await assignments.FindAsync(CoachApi.MemberId(User), id, cancellationToken))!;
            return Page();
        }

        Message = localizer["The session is recorded."].Value;
        return RedirectToPage(new { id });
    }
}
