using Microsoft.Playwright;
using Platform.E2E.Infrastructure;

namespace Platform.E2E.Features.Audit;

/// <summary>What a country admin does on the audit page, by visible label and role.</summary>
public static class AuditPages
{
    public const string Path = "/Audit";

    /// <summary>Types the filters that are given and presses Apply filters.</summary>
    public static async Task FilterAuditAsync(this IPage page, string? actor = null, string? action = null, string? text = null)
    {
        await FillIfGiven(page, "Actor", actor);
        await FillIfGiven(page, "Action", action);
        await FillIfGiven(page, "Text in details or reason", text);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
    }

    /// <summary>Chooses a reason (by its visible label) and an explanation in the export form.</summary>
    public static async Task FillExportReasonAsync(this IPage page, string reasonLabel, string? explanation)
    {
        var export = page.ExportSection();
        await export.GetByLabel("Reason", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = reasonLabel });
        await export.GetByLabel("Explanation", new() { Exact = true }).FillAsync(explanation ?? "");
    }

    public static ILocator ExportSection(this IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Export as CSV" });

    public static ILocator ExportButton(this IPage page) =>
        page.ExportSection().GetByRole(AriaRole.Button, new() { Name = "Export CSV" });

    /// <summary>The data rows of the audit table (the header row excluded).</summary>
    public static ILocator AuditRows(this IPage page) =>
        page.MainContent().GetByRole(AriaRole.Table).Locator("tbody").GetByRole(AriaRole.Row);

    private static async Task FillIfGiven(IPage page, string label, string? value)
    {
        if (value is not null)
        {
            await page.MainContent().GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }
    }
}
