using Microsoft.Playwright;

namespace Platform.E2E.Infrastructure;

/// <summary>Landmarks of the shared layout (Features/Shared/_Layout.cshtml), found by role.</summary>
public static class PageRegions
{
    public static ILocator MainContent(this IPage page) => page.GetByRole(AriaRole.Main);

    public static ILocator Header(this IPage page) => page.GetByRole(AriaRole.Banner);

    /// <summary>A form's error summary (role=alert, so screen readers announce it).</summary>
    public static ILocator ErrorSummary(this IPage page) => page.MainContent().GetByRole(AriaRole.Alert);
}
