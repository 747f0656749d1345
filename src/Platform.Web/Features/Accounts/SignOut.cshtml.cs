using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<Member> signInManager, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent("account.signed-out"));
        }

        await signInManager.SignOutAsync();
        return Redirect("/");
    }
}
