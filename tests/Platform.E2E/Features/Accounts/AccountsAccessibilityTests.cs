using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

/// <summary>WCAG 2.2 AA (axe) and keyboard use of the pages every member passes through.</summary>
public sealed class AccountsAccessibilityTests(BrowserServer server) : BrowserTest(server)
{
    [Theory]
    [InlineData("/")]
    [InlineData(AccountPages.SignInPath)]
    public async Task SignedOutPage_HasNoAxeViolations(string path)
    {
        await Page.GotoAsync(path);

        await Page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData(AccountPages.SignInPath)]
    public async Task SignedOutPage_IsKeyboardNavigableWithVisibleFocus(string path)
    {
        await Page.GotoAsync(path);

        var reached = await Page.AssertKeyboardNavigableAsync();

        Assert.Contains("Skip to main content", reached[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WithValidationErrors_HasNoAxeViolations()
    {
        await Page.GotoAsync(AccountPages.SignInPath);
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page.GetByText("Enter your email address.")).ToBeVisibleAsync();
        await Page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task TwoFactorPage_HasNoAxeViolationsAndIsKeyboardNavigable()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.OpenTwoFactorStepAsync(officer);

        await Page.AssertNoAxeViolationsAsync();
        await Page.AssertKeyboardNavigableAsync();
    }

    [Fact]
    public async Task TwoFactorPage_WithWrongCode_HasNoAxeViolations()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.OpenTwoFactorStepAsync(officer);
        await Page.SubmitTwoFactorCodeAsync(officer.CurrentTotp() == "000000" ? "111111" : "000000");

        await Expect(Page.ErrorSummary()).ToContainTextAsync("The code is not correct");
        await Page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task HomePage_SignedIn_HasNoAxeViolationsAndIsKeyboardNavigable()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);

        await Page.AssertNoAxeViolationsAsync();
        await Page.AssertKeyboardNavigableAsync();
    }

    [Fact]
    public async Task SkipLink_WhenActivated_MovesFocusToMainContent()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.MainContent()).ToBeFocusedAsync();
    }
}
