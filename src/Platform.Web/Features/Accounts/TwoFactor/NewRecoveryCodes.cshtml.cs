using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts.TwoFactor;

/// <summary>Replaces all recovery codes; needs a current authenticator code, so a borrowed session alone is not enough.</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class NewRecoveryCodesModel(
    UserManager<Member> users,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EnableInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } member && await users.GetTwoFactorEnabledAsync(member)
            ? Page()
            : RedirectToPage("Enable");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } member || !await users.GetTwoFactorEnabledAsync(member))
        {
            return RedirectToPage("Enable");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.IsLockedOutAsync(member))
        {
            ModelState.AddModelError(string.Empty, SignInModel.LockedOutMessage(localizer));
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, TotpCodes.Normalise(Input.Code)))
        {
            // Counts towards lockout like a failed sign-in, so codes cannot be guessed here either.
            await users.AccessFailedAsync(member);
            await audit.RecordAsync(new AuditEvent("account.two-factor-failed", "Member", member.Id, member.AgencyCode, Details: "new recovery codes"));
            ModelState.AddModelError("Input.Code", localizer["The code is not correct. Enter the current 6-digit code from your authenticator app."]);
            return Page();
        }

        await users.ResetAccessFailedCountAsync(member);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, EnableModel.RecoveryCodeCount);
        await audit.RecordAsync(new AuditEvent("account.recovery-codes-replaced", "Member", member.Id, member.AgencyCode));
        RecoveryCodesModel.Show(TempData, codes);
        return RedirectToPage("RecoveryCodes", new { ReturnUrl = "/Accounts/Profile" });
    }
}
