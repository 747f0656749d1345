using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Summary;

/// <summary>Counts per participating country (no persons), for the coordinator's overview.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(ContactSummaryHandler handler) : PageModel
{
    public OperationSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(ContactActor.From(User), id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Summary = outcome.Value!;
        return Page();
    }
}
