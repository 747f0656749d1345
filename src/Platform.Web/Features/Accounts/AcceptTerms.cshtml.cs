using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts;

/// <summary>Where MandatoryStepsMiddleware sends a member who has not accepted the current terms of use.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class AcceptTermsModel(
    UserManager<Member> users,
    SignInManager<Member> signInManager,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public AcceptTermsInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AlreadyAccepted { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        AlreadyAccepted = TermsOfUse.IsAccepted(member.AcceptedTermsVersion);
        return Page();
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

        member.AcceptedTermsVersion = TermsOfUse.CurrentVersion;
        member.AcceptedTermsAt = clock.GetUtcNow();
        var result = await users.UpdateAsync(member);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await audit.RecordAsync(new AuditEvent("account.terms-accepted", "Member", member.Id, member.AgencyCode, Details: $"version {TermsOfUse.CurrentVersion}"));

        // The accepted version travels in the sign-in cookie; refresh it (keeps amr=mfa).
        await signInManager.RefreshSignInAsync(member);
        return LocalRedirect(ReturnUrls.SafeOrHome(ReturnUrl));
    }
}

public sealed class AcceptTermsInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to accept the terms of use.")]
    [Display(Name = "I accept the terms of use")]
    public bool Accept { get; set; }
}
