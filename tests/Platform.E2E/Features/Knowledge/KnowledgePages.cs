using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>What a prevention officer does on the knowledge pages, by visible label and role. Other knowledge browser tests reuse it.</summary>
public static class KnowledgePages
{
    public const string CataloguePath = "/Knowledge/Interventions";
    public const string NewInterventionPath = "/Knowledge/Interventions/New";
    public const string DocumentsPath = "/Knowledge/Documents";
    public const string DraftsPath = "/Knowledge/Drafts";

    public static string ProfilePath(string slug) => $"{CataloguePath}/{slug}";

    /// <summary>Fills the required fields of a new profile and saves it; ends on the profile page. Returns the slug.</summary>
    public static async Task<string> CreateInterventionAsync(this IPage page, string name, string summary, string stageLabel = "Tertiary (young people who offended)")
    {
        await page.GotoAsync(NewInterventionPath);
        await page.GetByLabel("Name", new() { Exact = true }).First.FillAsync(name);
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync(summary);
        await page.GetByLabel("Prevention stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = stageLabel });
        await page.GetByLabel("Languages of the materials", new() { Exact = true }).FillAsync("en, nl");
        await page.GetByLabel("Name", new() { Exact = true }).Nth(1).FillAsync("Coaching");
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath.Split('/')[^1];
    }

    /// <summary>On the sharing page of a profile: chooses TLP:AMBER for the given agencies (by label, e.g. "Country GB (GB)") and releases.</summary>
    public static async Task ReleaseAsAmberAsync(this IPage page, string slug, params string[] agencyLabels)
    {
        await page.GotoAsync($"{ProfilePath(slug)}/Sharing");
        await page.GetByLabel("TLP:AMBER", new() { Exact = true }).CheckAsync();
        foreach (var label in agencyLabels)
        {
            await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
        }

        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Release with this marking" }).ClickAsync();
        await Expect(page.MainContent().GetByRole(AriaRole.Status)).ToContainTextAsync("Released as TLP:AMBER");
    }
}
