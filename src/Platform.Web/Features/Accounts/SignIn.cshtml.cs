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

        // PasswordSignInAsync looks the member up by user name, which is the email address.
        var member = await signInManager.UserManager.FindByEmailAsync(Input.Email);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(
                "account.signed-in", nameof(Member), member?.Id, member?.AgencyCode, Details: "password", Actor: member is null ? null : ActorOf(member)));
            return LocalRedirect(ReturnUrls.SafeOrHome(ReturnUrl));
        }

        // Failures belong to the targeted member's agency, so their country admin sees attacks on the account;
        // attempts on unknown addresses are network-level entries.
        var failure = new AuditEvent(
            result.IsLockedOut ? "account.locked-out" : "account.sign-in-failed",
            member is null ? null : nameof(Member),
            member?.Id,
            member?.AgencyCode ?? AuditEntry.NetworkAgencyCode,
            Details: Input.Email,
            Actor: AuditActor.Anonymous);
        await audit.RecordAsync(failure);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, LockedOutMessage(localizer));
            return Page();
        }

        ModelState.AddModelError(string.Empty, localizer["The email address or password is not correct."]);
        return Page();
    }

    internal static string LockedOutMessage(IStringLocalizer localizer) =>
        localizer["This account is locked after too many failed attempts. Try again later or ask your country admin."];

    internal static AuditActor ActorOf(Member member) => new(member.Id, member.DisplayName, member.AgencyCode);
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
