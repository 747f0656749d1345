using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Agencies;

[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class ManageModel(ListAgenciesHandler agencies, SetAgencyActiveHandler setActive, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agencies = await agencies.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostActiveAsync(string code, bool active, CancellationToken cancellationToken)
    {
        var outcome = await setActive.HandleAsync(code, active, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Message = active
            ? localizer["{0} is active again.", outcome.Value!.CountryName]
            : localizer["{0} is deactivated.", outcome.Value!.CountryName];
        return RedirectToPage();
    }
}
