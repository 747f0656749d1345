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

/// <summary>Second step of sign-in for a member without their authenticator app: one of their single-use recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class SignInRecoveryCodeModel(
    SignInManager<Member> signInManager,
    UserManager<Member> userManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public RecoveryCodeInput Input { get; set; } = new();

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

        // Codes are issued in capitals ("ABCDE-FGHIJ"); accept them however they are typed.
        var code = Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            var left = await userManager.CountRecoveryCodesAsync(member);
            await audit.RecordAsync(new AuditEvent(
                "account.signed-in", nameof(Member), member.Id, member.AgencyCode, Details: $"password+recovery-code ({left} left)", Actor: SignInModel.ActorOf(member)));
            return LocalRedirect(ReturnUrls.SafeOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEvent("account.locked-out", nameof(Member), member.Id, member.AgencyCode, Details: "recovery-code", Actor: AuditActor.Anonymous));
            ModelState.AddModelError(string.Empty, SignInModel.LockedOutMessage(localizer));
            return Page();
        }

        await audit.RecordAsync(new AuditEvent("account.recovery-code-failed", nameof(Member), member.Id, member.AgencyCode, Actor: AuditActor.Anonymous));
        ModelState.AddModelError(string.Empty, localizer["This recovery code is not correct or was already used."]);
        return Page();
    }
}

public sealed class RecoveryCodeInput
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(40, ErrorMessage = "Enter one of your recovery codes.")]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";
}
