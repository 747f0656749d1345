using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure;
using Platform.Web.Infrastructure.Localization;

namespace Platform.Web.Features.Accounts.Invitations;

/// <summary>/Accounts/Invitation?token=… — the link in the invitation email.</summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class InvitationModel(
    AcceptInvitation acceptInvitation,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public InvitationState State { get; private set; }

    public string Email { get; private set; } = "";

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var invitation = await LoadAsync(cancellationToken);
        if (invitation is not null)
        {
            Input.DisplayName = invitation.DisplayName;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null || SignedIn || !ModelState.IsValid)
        {
            return Page();
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await acceptInvitation.HandleAsync(
            new AcceptInvitationRequest(Token!, Input.DisplayName, Input.Password,
                LocalizationSetup.IsSupported(language) ? language : "en"),
            cancellationToken);
        if (result.State != InvitationState.Open)
        {
            SetState(result.State);
            return Page();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty;
                var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                    ? localizer["An account with this email address already exists. Sign in instead, or ask your country admin."]
                    : error.Description;
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        var member = result.Member!;
        await signInManager.SignInAsync(member, isPersistent: false);
        await audit.RecordAsync(new AuditEvent("account.signed-in", "Member", member.Id, member.AgencyCode, Details: "invitation"), cancellationToken);

        // Roles that reach personal data are sent on to two-factor enrolment by MandatoryStepsMiddleware.
        return LocalRedirect("/");
    }

    private async Task<Invitation?> LoadAsync(CancellationToken cancellationToken)
    {
        var (state, invitation) = await acceptInvitation.FindAsync(Token, cancellationToken);
        SetState(state);
        Email = invitation?.Email ?? "";
        return state == InvitationState.Open ? invitation : null;
    }

    private void SetState(InvitationState state)
    {
        State = state;
        Response.StatusCode = state switch
        {
            InvitationState.Open => StatusCodes.Status200OK,
            InvitationState.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status410Gone,
        };
    }
}

public sealed class InvitationInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(150, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to accept the terms of use.")]
    [Display(Name = "I accept the terms of use")]
    public bool AcceptTerms { get; set; }
}
