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
public sealed class SignInModel(
    SignInManager<Member> signInManager,
    UserManager<Member> userManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            var member = await userManager.FindByEmailAsync(Input.Email);
            await audit.RecordAsync(new AuditEvent("account.signed-in", "Member", member?.Id, member?.AgencyCode, Details: "password"));
            return LocalRedirect(ReturnUrls.SafeOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEvent("account.locked-out", Details: Input.Email));
            ModelState.AddModelError(string.Empty, LockedOutMessage(localizer));
            return Page();
        }

        await audit.RecordAsync(new AuditEvent("account.sign-in-failed", Details: Input.Email));
        ModelState.AddModelError(string.Empty, localizer["The email address or password is not correct."]);
        return Page();
    }

    internal static string LockedOutMessage(IStringLocalizer localizer) =>
        localizer["This account is locked after too many failed attempts. Try again later or ask your country admin."];
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
