using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Localization;

namespace Platform.Web.Features.Accounts;

/// <summary>The member's own account: details, language, directory listing, password and two-factor.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ProfileModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string Email { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public bool TwoFactorMandatory { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        Input = new ProfileInput
        {
            DisplayName = member.DisplayName,
            JobTitle = member.JobTitle,
            PreferredLanguage = member.PreferredLanguage,
            ListedInDirectory = member.ListedInDirectory,
        };
        await LoadAsync(member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (!LocalizationSetup.IsSupported(Input.PreferredLanguage))
        {
            ModelState.AddModelError("Input.PreferredLanguage", localizer["Choose one of the listed languages."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(member);
            return Page();
        }

        member.DisplayName = Input.DisplayName.Trim();
        member.JobTitle = string.IsNullOrWhiteSpace(Input.JobTitle) ? null : Input.JobTitle.Trim();
        member.PreferredLanguage = Input.PreferredLanguage;
        member.ListedInDirectory = Input.ListedInDirectory;
        var result = await users.UpdateAsync(member);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await audit.RecordAsync(new AuditEvent("account.profile-updated", "Member", member.Id, member.AgencyCode,
            Details: $"listed in directory: {member.ListedInDirectory}, language: {member.PreferredLanguage}"));
        CultureCookie.Write(HttpContext, member.PreferredLanguage, clock);

        // The display name is shown from the sign-in cookie; refresh it (keeps amr=mfa).
        await signInManager.RefreshSignInAsync(member);

        // Shown after the redirect, so in the language just chosen rather than the one this request came in.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(member.PreferredLanguage);
        StatusMessage = localizer["Your details are saved."];
        return RedirectToPage();
    }

    private async Task LoadAsync(Member member)
    {
        Email = member.Email ?? "";
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(member);
        TwoFactorMandatory = Roles.RequiresTwoFactor(await users.GetRolesAsync(member));
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(member) : 0;
    }
}

public sealed class ProfileInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(150, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [StringLength(150, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Job title")]
    public string? JobTitle { get; set; }

    [Required(ErrorMessage = "Choose one of the listed languages.")]
    [Display(Name = "Language")]
    public string PreferredLanguage { get; set; } = "en";

    [Display(Name = "List me as a contact of my agency in the network directory")]
    public bool ListedInDirectory { get; set; }
}
