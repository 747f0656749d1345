using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Infrastructure;

public static class PageNavigation
{
    /// <summary>
    /// Waits until the address holds <paramref name="path"/>. A web-first assertion, retried until it holds:
    /// WaitForURL also waits for the document's load event, and when the redirect after a form post raced it, that
    /// wait timed out although the page had long been shown (two CI failures, on a loaded machine). A navigation gets
    /// the navigation timeout (30 s), not the shorter one of assertions.
    /// </summary>
    public static Task WaitForPathAsync(this IPage page, string path) =>
        Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path), RegexOptions.IgnoreCase), new() { Timeout = 30_000 });
}
