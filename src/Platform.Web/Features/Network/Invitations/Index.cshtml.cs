using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Invitations;

[Authorize(Policy = Policies.CountryAdmin)]
public sealed class IndexModel(
    ListInvitationsHandler list,
    RevokeInvitationHandler revoke,
    ResendInvitationHandler resend,
    IConfiguration configuration,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InvitationStatus? Status { get; set; } = InvitationStatus.Pending;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PageOf<InvitationRow> Invitations { get; private set; } = new([], 1, 25, 0);

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool MessageIsWarning { get; set; }

    private NetworkActor Actor => NetworkActor.From(User);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken) =>
        Invitations = await list.HandleAsync(Actor, new InvitationQuery(Status, Search, pageNumber), cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await revoke.HandleAsync(Actor, id, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        SetMessage(outcome.IsInvalid ? localizer[outcome.Errors.Values.First()[0]] : localizer["Invitation for {0} revoked.", outcome.Value!.Email], outcome.IsInvalid);
        return RedirectToPage(new { Status, Search });
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await resend.HandleAsync(Actor, id, InvitationLinks.BaseUrl(configuration, Request), cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            SetMessage(localizer[outcome.Errors.Values.First()[0]], warning: true);
        }
        else
        {
            var sent = outcome.Value!;
            SetMessage(sent.EmailSent
                ? localizer["A new invitation link was sent to {0}.", sent.Invitation.Email]
                : localizer["The invitation was renewed, but the email could not be sent. Check the mail settings and try again."], !sent.EmailSent);
        }

        return RedirectToPage(new { Status, Search });
    }

    private void SetMessage(string message, bool warning)
    {
        Message = message;
        MessageIsWarning = warning;
    }
}
