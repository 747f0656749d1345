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

/// <summary>Turns two-factor off, only for members whose roles do not reach personal data (they may enrol optionally).</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class DisableModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PasswordConfirmationInput Input { get; set; } = new();

    public bool Mandatory { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        Mandatory = Roles.RequiresTwoFactor(await users.GetRolesAsync(member));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        Mandatory = Roles.RequiresTwoFactor(await users.GetRolesAsync(member));
        if (Mandatory)
        {
            await audit.RecordAsync(new AuditEvent("account.two-factor-disable-refused", "Member", member.Id, member.AgencyCode));
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
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
        await audit.RecordAsync(new AuditEvent("account.two-factor-disabled", "Member", member.Id, member.AgencyCode));
        await signInManager.SignInAsync(member, isPersistent: false);
        return RedirectToPage("/Accounts/Profile");
    }
}
