using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Protection.Reveal;

/// <summary>Masked identity fields of a case; "Reveal" with a reason shows them in this response only.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(RevealSensitiveFieldsHandler handler) : PageModel
{
    [BindProperty]
    public AccessReasonInput Reason { get; set; } = new();

    public SensitiveFieldsView Fields { get; private set; } = null!;

    public bool Revealed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await handler.MaskedAsync(id, cancellationToken) is not { } masked)
        {
            return NotFound();
        }

        Fields = masked;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(id, cancellationToken);
        }

        var outcome = await handler.RevealAsync(id, Reason.ToReason(), cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Fields = outcome.Value!;
        Revealed = true;
        return Page();
    }
}
