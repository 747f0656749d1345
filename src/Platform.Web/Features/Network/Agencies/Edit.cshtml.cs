using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Agencies;

[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class EditModel(
    ListAgenciesHandler agencies,
    CreateAgencyHandler create,
    UpdateAgencyHandler update,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AgencyInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        if (code is not null)
        {
            if (await agencies.FindAsync(code, cancellationToken) is not { } agency)
            {
                return NotFound();
            }

            Input = new AgencyInput
            {
                Code = agency.Code,
                CountryName = agency.CountryName,
                Name = agency.Name,
                ContactEmail = agency.ContactEmail,
                ContactPhone = agency.ContactPhone,
                Website = agency.Website,
                TimeZone = agency.TimeZone,
                DefaultLanguage = agency.DefaultLanguage,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        IsNew = code is null;
        var outcome = IsNew
            ? await create.HandleAsync(Input, cancellationToken)
            : await update.HandleAsync(code!, Input, cancellationToken);
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

        TempData["Message"] = localizer["Agency {0} saved.", outcome.Value!.CountryName].Value;
        return RedirectToPage("Manage");
    }
}
