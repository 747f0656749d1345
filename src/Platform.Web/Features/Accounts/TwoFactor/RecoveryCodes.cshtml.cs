using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Shows freshly generated recovery codes exactly once: they travel in (encrypted, read-once) TempData from the
/// page that created them and are never displayed again.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class RecoveryCodesModel : PageModel
{
    private const string TempDataKey = "Accounts.RecoveryCodes";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string ContinueUrl => ReturnUrls.SafeOrHome(ReturnUrl);

    internal static void Show(ITempDataDictionary tempData, IEnumerable<string>? codes) =>
        tempData[TempDataKey] = (codes ?? []).ToArray();

    public void OnGet() => Codes = TempData[TempDataKey] as string[] ?? [];
}
