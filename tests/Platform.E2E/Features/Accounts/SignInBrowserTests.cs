using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

public sealed class SignInBrowserTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task SignIn_WithPasswordAndAuthenticatorCode_ShowsMemberOnHomePage()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);

        await Page.SignInAsync(officer);

        await Expect(Page).ToHaveURLAsync(new Uri(Server.BaseAddress, "/").ToString());
        await Expect(Page.Header().GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        var cookies = await Page.Context.CookiesAsync();
        var session = Assert.Single(cookies, c => c.Name == "intercop.auth");
        Assert.True(session.HttpOnly);
        Assert.Equal(-1, session.Expires); // a session cookie: gone when the browser closes
    }

    [Fact]
    public async Task SignIn_WithWrongAuthenticatorCode_ShowsErrorAndStaysSignedOut()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var wrongCode = officer.CurrentTotp() == "000000" ? "111111" : "000000";

        await Page.OpenTwoFactorStepAsync(officer);
        await Page.SubmitTwoFactorCodeAsync(wrongCode);

        await Expect(Page.ErrorSummary()).ToContainTextAsync("The code is not correct");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(AccountPages.TwoFactorPath));
        Assert.DoesNotContain(await Page.Context.CookiesAsync(), c => c.Name == "intercop.auth");

        // The member can still finish with the right code.
        await Page.SubmitTwoFactorCodeAsync(officer.CurrentTotp());
        await Expect(Page.GetByText($"Signed in as {officer.DisplayName}.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorWithoutTwoFactorStep()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);

        await Page.SubmitPasswordAsync(officer.Email, "not the password at all");

        await Expect(Page.ErrorSummary()).ToContainTextAsync("The email address or password is not correct.");
        Assert.DoesNotContain(AccountPages.TwoFactorPath, Page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignOut_AfterSignIn_ReturnsToSignedOutHomePage()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);

        await Page.Header().GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(Page.Header().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(Page.GetByText($"Signed in as {officer.DisplayName}.")).ToHaveCountAsync(0);
    }
}
