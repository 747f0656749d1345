using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Cases.Protection.Export;

[Authorize(Policy = CaseProtectionPolicies.CohortExport)]
public sealed class IndexModel(CohortExportHandler handler, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CohortExportInput Input { get; set; } = new();

    [BindProperty]
    public AccessReasonInput Reason { get; set; } = new();

    public IReadOnlyList<string> Programmes { get; private set; } = [];

    public bool SmallCohortWarning { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Programmes = await handler.ProgrammesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Programmes = await handler.ProgrammesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await handler.HandleAsync(NetworkActor.From(User).AgencyCode!, Input, Reason.ToReason(), cancellationToken);
        if (outcome.IsInvalid)
        {
            SmallCohortWarning = outcome.Errors.ContainsKey(nameof(CohortExportInput.AcknowledgeSmallCohort));
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        return File(outcome.Value!.Content, "text/csv; charset=utf-8", outcome.Value.FileName);
    }
}
