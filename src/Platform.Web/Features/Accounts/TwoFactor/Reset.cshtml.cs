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

/// <summary>
/// Moves two-factor to a new device: the old key and codes stop working and the member enrols again at once.
/// Until then the session no longer counts as two-factor, so personal data stays closed.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class ResetModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PasswordConfirmationInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await CurrentPasswordCheck.ConfirmAsync(signInManager, member, Input.CurrentPassword, ModelState, localizer, localizer["The password is not correct."]))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(member, false);
        await users.ResetAuthenticatorKeyAsync(member);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(member, 0);
        await audit.RecordAsync(new AuditEvent("account.two-factor-reset", "Member", member.Id, member.AgencyCode));
        await signInManager.SignInAsync(member, isPersistent: false);
        return RedirectToPage("Enable", new { ReturnUrl = "/Accounts/Profile" });
    }
}
