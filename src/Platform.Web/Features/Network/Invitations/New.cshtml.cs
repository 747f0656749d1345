using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network.Partners;
using Platform.Web.Features.Network.Teams;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Invitations;

[Authorize(Policy = Policies.CountryAdmin)]
public sealed class NewModel(
    CreateInvitationHandler create,
    ListTeamsHandler teams,
    ListPartnersHandler partners,
    IConfiguration configuration,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new() { Role = Roles.PreventionOfficer };

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    public NetworkActor Actor => NetworkActor.From(User);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await create.HandleAsync(Actor, Input, InvitationLinks.BaseUrl(configuration, Request), cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var sent = outcome.Value!;
        TempData["Message"] = sent.EmailSent
            ? localizer["Invitation sent to {0}. The link is valid for 7 days.", sent.Invitation.Email].Value
            : localizer["The invitation was saved, but the email could not be sent. Check the mail settings and use Resend."].Value;
        TempData["MessageIsWarning"] = !sent.EmailSent;
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Teams = await teams.HandleAsync(Actor, cancellationToken);
        Partners = await partners.SponsoredByAsync(Actor.AgencyCode, cancellationToken);
    }
}
