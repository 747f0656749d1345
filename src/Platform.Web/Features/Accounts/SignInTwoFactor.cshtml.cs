using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure;

namespace Platform.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class SignInTwoFactorModel(
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } member)
        {
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(TotpCodes.Normalise(Input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent("account.signed-in", nameof(Member), member.Id, member.AgencyCode, Details: "password+totp", Actor: SignInModel.ActorOf(member)));
            return LocalRedirect(ReturnUrls.SafeOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEvent("account.locked-out", nameof(Member), member.Id, member.AgencyCode, Details: "totp", Actor: AuditActor.Anonymous));
            ModelState.AddModelError(string.Empty, SignInModel.LockedOutMessage(localizer));
            return Page();
        }

        await audit.RecordAsync(new AuditEvent("account.two-factor-failed", nameof(Member), member.Id, member.AgencyCode, Actor: AuditActor.Anonymous));
        ModelState.AddModelError(string.Empty, localizer["The code is not correct. Enter the current 6-digit code from your authenticator app."]);
        return Page();
    }
}

public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "Enter the 6-digit code.")]
    [Display(Name = "Authenticator code")]
    public string Code { get; set; } = "";
}
