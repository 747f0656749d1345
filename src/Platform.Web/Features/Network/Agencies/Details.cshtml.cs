using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network.Directory;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Agencies;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(GetAgencyProfileHandler profiles) : PageModel
{
    public AgencyProfile Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var outcome = await profiles.HandleAsync(code, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Agency = outcome.Value!;
        return Page();
    }
}
