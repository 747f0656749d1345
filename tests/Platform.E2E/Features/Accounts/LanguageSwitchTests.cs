using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

public sealed class LanguageSwitchTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task LanguageSwitch_ChoosingNederlands_ReloadsPageInDutch()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // site.js submits the form on change; the Change button does the same without JavaScript.
        await Page.Header().GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("nl");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(Page.Header().GetByRole(AriaRole.Combobox)).ToHaveValueAsync("nl");
        await Expect(Page).ToHaveURLAsync(new Uri(Server.BaseAddress, "/").ToString());
    }
}
