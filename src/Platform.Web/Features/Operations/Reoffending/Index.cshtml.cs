using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Reoffending;

/// <summary>Pick an earlier and a later operation of this country; see re-appearance, contacted vs not, with caveats.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(ReoffendingReportHandler handler) : PageModel
{
    public IReadOnlyList<OperationChoice> Operations { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? Earlier { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Later { get; set; }

    public ReoffendingResult? Result { get; private set; }

    public bool SameOperation => Earlier is not null && Earlier == Later;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var agency = User.FindFirstValue(PlatformClaims.Agency) ?? "";
        Operations = await handler.OperationsAsync(agency, cancellationToken);
        if (Earlier is { } earlier && Later is { } later && earlier != later)
        {
            Result = await handler.HandleAsync(agency, earlier, later, cancellationToken);
            if (Result is null)
            {
                return NotFound();
            }
        }

        return Page();
    }
}
