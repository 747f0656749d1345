using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts.TwoFactor;

/// <summary>Two-factor enrolment: scan or type the key, confirm with a code, receive recovery codes.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class EnableModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public EnableInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AlreadyEnabled { get; private set; }

    public bool Mandatory { get; private set; }

    public string GroupedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(member))
        {
            if (!User.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            {
                // Enrolled, but this session was not opened with the second factor: sign in again properly.
                await signInManager.SignOutAsync();
                return RedirectToPage("/Accounts/SignIn", new { ReturnUrl = ReturnUrls.SafeOrHome(ReturnUrl) });
            }

            AlreadyEnabled = true;
            return Page();
        }

        await LoadKeyAsync(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(member))
        {
            return RedirectToPage(new { ReturnUrl });
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, TotpCodes.Normalise(Input.Code)))
        {
            ModelState.AddModelError("Input.Code", localizer["The code is not correct. Check that the key was entered correctly and enter the current code."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(member);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(member, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount);
        await audit.RecordAsync(new AuditEvent("account.two-factor-enabled", "Member", member.Id, member.AgencyCode));

        // The member just proved both factors: this session now counts as two-factor (PersonalData policy).
        await signInManager.SignInWithClaimsAsync(member, isPersistent: false, [new Claim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor)]);
        RecoveryCodesModel.Show(TempData, codes);
        return RedirectToPage("RecoveryCodes", new { ReturnUrl });
    }

    private async Task LoadKeyAsync(Member member)
    {
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member) ?? throw new InvalidOperationException("No authenticator key after reset.");
            await audit.RecordAsync(new AuditEvent("account.authenticator-key-created", "Member", member.Id, member.AgencyCode));

            // A new key changes the security stamp; keep this session valid while the member enrols.
            await signInManager.RefreshSignInAsync(member);
        }

        Mandatory = Roles.RequiresTwoFactor(await users.GetRolesAsync(member));
        GroupedKey = AuthenticatorKey.Grouped(key);
        QrCodeDataUri = AuthenticatorKey.QrCodeDataUri(AuthenticatorKey.OtpAuthUri(member.Email ?? member.UserName ?? member.Id, key));
    }
}

public sealed class EnableInput
{
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "Enter the 6-digit code.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";
}
