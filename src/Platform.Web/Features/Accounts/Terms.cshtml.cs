using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Accounts;

[AllowAnonymous]
public sealed class TermsModel : PageModel
{
    public int Version => TermsOfUse.CurrentVersion;

    public void OnGet()
    {
    }
}
