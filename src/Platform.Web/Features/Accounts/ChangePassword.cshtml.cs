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
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts;

[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(PlatformInfrastructure.SignInRateLimit)]
public sealed class ChangePasswordModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

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

        if (!await CurrentPasswordCheck.ConfirmAsync(signInManager, member, Input.CurrentPassword, ModelState, localizer, localizer["The current password is not correct."]))
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(member, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.NewPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        await audit.RecordAsync(new AuditEvent("account.password-changed", "Member", member.Id, member.AgencyCode));

        // A new password changes the security stamp: other sessions end, this one is renewed (keeps amr=mfa).
        await signInManager.RefreshSignInAsync(member);
        TempData[nameof(ProfileModel.StatusMessage)] = localizer["Your password is changed."].Value;
        return RedirectToPage("Profile");
    }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
