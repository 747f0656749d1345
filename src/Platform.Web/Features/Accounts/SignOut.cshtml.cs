using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<Member> signInManager, UserManager<Member> users, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent("account.signed-out"));

            // A copied session cookie must not outlive sign-out: the new stamp fails it at the next revalidation
            // (Security:SessionRevalidationMinutes). This ends the member's sessions on other devices too.
            if (await users.GetUserAsync(User) is { } member)
            {
                await users.UpdateSecurityStampAsync(member);
            }
        }

        await signInManager.SignOutAsync();
        return Redirect("/");
    }
}
