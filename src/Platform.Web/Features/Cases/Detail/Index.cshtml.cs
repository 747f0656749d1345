using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Detail;

/// <summary>The case file: the lifecycle as a timeline, identity masked, and only the steps the current stage allows.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(CaseDetailQuery query) : PageModel
{
    public CaseDetail Detail { get; private set; } = null!;

    public string? Message { get; private set; }

    public IReadOnlyList<CaseAction> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Message = TempData["Message"] as string;
        Actions = [.. CaseStateMachine.AllowedIn(detail.Case.Stage)
            .Where(a => a is not CaseAction.AddNote and not CaseAction.RecordFollowUp)
            .Where(a => a != CaseAction.RecordSession || detail.Plan.Count > 0)];
        return Page();
    }

    public static string PathOf(Guid id, CaseAction action) => action switch
    {
        CaseAction.RecordEligibility => $"/Cases/{id}/Eligibility",
        CaseAction.RecordConsent => $"/Cases/{id}/Consent",
        CaseAction.Enrol => $"/Cases/{id}/Enrol",
        CaseAction.PlanModules => $"/Cases/{id}/Plan",
        CaseAction.RecordSession => $"/Cases/{id}/Session",
        CaseAction.Complete => $"/Cases/{id}/End",
        CaseAction.DropOut => $"/Cases/{id}/End?dropOut=true",
        _ => $"/Cases/{id}/Close",
    };
}
