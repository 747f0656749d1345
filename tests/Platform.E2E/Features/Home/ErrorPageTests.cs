using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Home;

public sealed class ErrorPageTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task UnknownAddress_SignedIn_ShowsAccessiblePageNotFoundWith404()
    {
        AllowBrowserErrors("status of 404");
        await Page.SignInAsync(await Server.CreateMemberAsync("NL", Roles.PreventionOfficer));

        var response = await Page.GotoAsync("/no/such/page");

        Assert.Equal(404, response?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.MainContent()).ToContainTextAsync("The page does not exist, or you have no access to it.");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Page not found"));
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task UnknownAddress_SignedOut_AsksToSignInWithoutSayingWhetherItExists()
    {
        await Page.GotoAsync("/no/such/page");

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(AccountPages.SignInPath) + @"\?ReturnUrl=%2Fno%2Fsuch%2Fpage"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    }
}
