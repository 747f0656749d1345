using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Features.Knowledge.Search;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>A prevention officer finds an intervention by facets and words on /Knowledge, with a keyboard and a screen reader.</summary>
public sealed class SearchBrowserTests(BrowserServer server) : BrowserTest(server)
{
    // The browser server is shared by all browser tests: a made-up word keeps this test's catalogue apart.
    private readonly string _word = "zq" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)]);

    [Fact]
    public async Task KnowledgePage_DdosFirstOffenders14To18AtLeastPromising_FindsOnlyTheMatchingIntervention()
    {
        await Server.EnsureAgencyAsync("NL");
        await Server.EnsureAgencyAsync("GB");
        await Server.WithSystemDbAsync(async db =>
        {
            db.Interventions.AddRange(
                SearchTestData.Intervention("GB", $"Booter workshop {_word}", $"Workshop for first offenders of DDoS attacks, {_word}.",
                    PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire], EvidenceTier.Effective),
                SearchTestData.Intervention("GB", $"Booter adverts {_word}", $"Adverts for young adults, {_word}.",
                    PreventionStage.Tertiary, 19, 25, [OffenceType.DdosForHire], EvidenceTier.Promising),
                SearchTestData.Intervention("NL", $"Cyber lessons {_word}", $"School lessons about DDoS, {_word}.",
                    PreventionStage.Primary, 14, 18, [OffenceType.DdosForHire], EvidenceTier.Emerging),
                SearchTestData.Intervention("NL", $"Hacker coaching {_word}", $"Coaching for young hackers, {_word}.",
                    PreventionStage.Tertiary, 14, 18, [OffenceType.Hacking], EvidenceTier.Effective));
            await db.SaveChangesAsync();
        });
        await Page.SignInAsync(await Server.CreateMemberAsync("NL", Roles.PreventionOfficer));

        await Page.GotoAsync("/Knowledge");
        await Page.GetByLabel("Search words").FillAsync(_word);
        await Page.GetByLabel("DDoS (booters, stressers)").CheckAsync();
        await Page.GetByLabel("From age").FillAsync("14");
        await Page.GetByLabel("To age").FillAsync("18");
        await Page.GetByLabel("Evidence").SelectOptionAsync("Promising");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        var results = Page.Locator(".search-results");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "result" })).ToHaveTextAsync("1 result");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = $"Booter workshop {_word}" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(results.Locator("mark").First).ToBeVisibleAsync();
        Assert.Contains("offence=DdosForHire", Page.Url, StringComparison.Ordinal);
        Assert.Contains("tier=Promising", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByLabel("DDoS (booters, stressers)")).ToBeCheckedAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task KnowledgePage_NothingFound_IsAccessibleAndSuggestsNextSteps()
    {
        await Page.SignInAsync(await Server.CreateMemberAsync("NL", Roles.PreventionOfficer));

        await Page.GotoAsync($"/Knowledge?q={_word}&stage=Primary");

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "result" })).ToHaveTextAsync("0 results");
        await Expect(Page.GetByText("Nothing found.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Search again without filters" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
