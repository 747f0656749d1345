using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Cases;

/// <summary>What a case worker does on the case pages, by visible label and role.</summary>
public static class CasePages
{
    public const string DashboardPath = "/Cases";

    private static readonly PageGetByLabelOptions PageExact = new() { Exact = true };

    private static readonly LocatorGetByLabelOptions Exact = new() { Exact = true };

    public static async Task AdoptProgrammeAsync(this IPage page, string key, int version)
    {
        await page.GotoAsync($"/Cases/Programmes/{key}/{version}");
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Adopt for my agency" }).ClickAsync();
        await Expect(page.MainContent().GetByRole(AriaRole.Status)).ToContainTextAsync("Your agency now runs");
    }

    public static async Task OpenEnquiryFormAsync(this IPage page)
    {
        await page.GotoAsync(DashboardPath);
        await page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Record an enquiry" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record an enquiry", Level = 1 })).ToBeVisibleAsync();
    }

    public static async Task RecordEnquiryAsync(this IPage page, string ageBand, string concern)
    {
        await page.GetByLabel("Age band", PageExact).SelectOptionAsync(new SelectOptionValue { Label = ageBand });
        await page.GetByLabel("Who is asking", PageExact).SelectOptionAsync(new SelectOptionValue { Label = "School" });
        await page.GetByLabel("What is the concern?", PageExact).FillAsync(concern);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();
        await Expect(page.MainContent().GetByRole(AriaRole.Status)).ToContainTextAsync("Enquiry recorded.");
    }

    /// <summary>On the enquiry list: converts the enquiry with this concern and enters the identity; ends on the new case page.</summary>
    public static async Task<string> ConvertToReferralAsync(this IPage page, string concern, string name, DateOnly born, string? guardian = null)
    {
        var row = page.MainContent().GetByRole(AriaRole.Row).Filter(new() { HasText = concern });
        await row.GetByRole(AriaRole.Link, new() { Name = "Convert to referral" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Convert the enquiry to a referral", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.MainContent()).ToContainTextAsync(concern);
        await page.GetByLabel("Referred by", PageExact).SelectOptionAsync(new SelectOptionValue { Label = "Prosecutor" });
        await page.GetByLabel("Full name", PageExact).FillAsync(name);
        await page.GetByLabel("Date of birth", PageExact).FillAsync(born.ToString("yyyy-MM-dd"));
        if (guardian is not null)
        {
            await page.GetByLabel("Guardian's name", PageExact).FillAsync(guardian);
        }

        await page.GetByLabel("Offence type", PageExact).SelectOptionAsync(new SelectOptionValue { Label = "DDoS (for hire)" });
        await page.GetByLabel("Offence description", PageExact).FillAsync("Bought a booter service and attacked the school network.");
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        var opened = page.MainContent().GetByRole(AriaRole.Status);
        await Expect(opened).ToContainTextAsync("opened.");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        Assert.DoesNotContain(name, await page.MainContent().InnerTextAsync(), StringComparison.Ordinal); // identity is masked
        return heading.Replace("Case ", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>From the case page: follows the next-step link with this name.</summary>
    public static async Task StartStepAsync(this IPage page, string step)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Next steps" }).GetByRole(AriaRole.Link, new() { Name = step, Exact = true }).ClickAsync();
    }

    public static async Task DecideEligibilityAsync(this IPage page, string decision, string reason, string? signposting = null,
        (string Criterion, string Result, string Evidence)? criterion = null)
    {
        if (criterion is { } c)
        {
            var group = page.GetByRole(AriaRole.Group, new() { Name = c.Criterion });
            await group.GetByLabel("Result", Exact).SelectOptionAsync(new SelectOptionValue { Label = c.Result });
            await group.GetByLabel("Evidence", Exact).FillAsync(c.Evidence);
        }

        await page.GetByRole(AriaRole.Group, new() { Name = "Decision" }).GetByLabel(decision, Exact).CheckAsync();
        await page.GetByLabel("Reason for the decision", PageExact).FillAsync(reason);
        if (signposting is not null)
        {
            await page.GetByLabel("Signposting (where else the young person can go)", PageExact).FillAsync(signposting);
        }

        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await page.ExpectSavedAsync("Eligibility decision recorded.");
    }

    public static async Task RecordConsentAsync(this IPage page, string person, DateOnly on)
    {
        await page.StartStepAsync("Record consent");
        await page.GetByLabel("Whose consent", PageExact).SelectOptionAsync(new SelectOptionValue { Label = person });
        await page.GetByLabel("Consent", PageExact).SelectOptionAsync(new SelectOptionValue { Label = "Given" });
        await page.GetByLabel("Date", PageExact).FillAsync(on.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Participation in the programme", PageExact).CheckAsync();
        await page.GetByLabel("Follow-up checks for evaluation", PageExact).CheckAsync();
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await page.ExpectSavedAsync("Consent recorded.");
    }

    public static async Task ExpectSavedAsync(this IPage page, string message)
    {
        await Expect(page.MainContent().GetByRole(AriaRole.Status)).ToHaveTextAsync(message);
    }

    /// <summary>The rows of a table, found by its caption.</summary>
    public static ILocator TableRows(this IPage page, string caption) =>
        page.MainContent().GetByRole(AriaRole.Table, new() { Name = caption }).Locator("tbody").GetByRole(AriaRole.Row);
}
