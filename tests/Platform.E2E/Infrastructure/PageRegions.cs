using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.E2E.Infrastructure;

/// <summary>Landmarks of the shared layout (Features/Shared/_Layout.cshtml), found by role.</summary>
public static partial class PageRegions
{
    public static ILocator MainContent(this IPage page) => page.GetByRole(AriaRole.Main);

    public static ILocator Header(this IPage page) => page.GetByRole(AriaRole.Banner);

    /// <summary>
    /// A form's error summary (role=alert, so screen readers announce it). Pages also keep empty role=alert
    /// placeholders beside fields; those are not the summary.
    /// </summary>
    public static ILocator ErrorSummary(this IPage page) =>
        page.MainContent().GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = NotBlank() }).First;

    [GeneratedRegex(@"\S")]
    private static partial Regex NotBlank();
}
