using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platform.E2E.Infrastructure;

/// <summary>Automated WCAG checks with axe-core. They catch about a third of real problems; the keyboard check and
/// review catch more, so a clean axe run is the minimum, not the proof.</summary>
public static class Accessibility
{
    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA: the level the platform promises (EN 301 549).</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Runs axe on the page as it is now and fails with a readable list of violations.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        if (result.Violations.Length > 0)
        {
            Assert.Fail(Describe(page.Url, result.Violations));
        }
    }

    /// <summary>Both automated checks a page must pass: axe (WCAG 2.2 AA) and keyboard navigation with visible focus.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        await page.AssertKeyboardNavigableAsync();
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"Accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    at {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }
}
