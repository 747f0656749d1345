using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Platform.Web.Features.Network.Partners;

[Authorize(Policy = NetworkPolicies.PartnerAdmin)]
public sealed class EditModel(
    ListPartnersHandler partners,
    CreatePartnerHandler create,
    UpdatePartnerHandler update,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public NetworkActor Actor => NetworkActor.From(User);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            var partner = await partners.FindAsync(existing, cancellationToken);
            if (partner is null || !PartnerRules.CanEdit(Actor, partner.AgencyCode))
            {
                return NotFound();
            }

            Input = new PartnerInput
            {
                Name = partner.Name,
                Kind = partner.Kind,
                Website = partner.Website,
                Description = partner.Description,
                ContactEmail = partner.ContactEmail,
                NetworkWide = partner.AgencyCode is null,
            };
        }
        else
        {
            Input.NetworkWide = !Actor.IsCountryAdmin;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var outcome = IsNew
            ? await create.HandleAsync(Actor, Input, cancellationToken)
            : await update.HandleAsync(Actor, id!.Value, Input, cancellationToken);
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

        TempData["Message"] = localizer["{0} saved.", outcome.Value!.Name].Value;
        return RedirectToPage("Index");
    }
}
