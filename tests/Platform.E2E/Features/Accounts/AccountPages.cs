using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

/// <summary>
/// What a person does on the account pages, by visible label and role (as a screen reader would find them), so
/// that a missing label breaks the test. Other browser tests sign in with <see cref="SignInAsync"/>.
/// </summary>
public static class AccountPages
{
    public const string SignInPath = "/Accounts/SignIn";
    public const string TwoFactorPath = "/Accounts/SignInTwoFactor";
    public const string EnrolmentPath = "/Accounts/TwoFactor/Enable";

    /// <summary>Signs in with password and, when enrolled, the current authenticator code; ends on the home page.</summary>
    public static async Task SignInAsync(this IPage page, TestMember member)
    {
        await page.SubmitPasswordAsync(member.Email, member.Password);
        if (member.AuthenticatorKey is not null)
        {
            await page.SubmitTwoFactorCodeAsync(member.CurrentTotp());
        }

        await Expect(page.GetByText($"Signed in as {member.DisplayName}.")).ToBeVisibleAsync();
    }

    /// <summary>Opens the sign-in page and submits email and password.</summary>
    public static async Task SubmitPasswordAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync(SignInPath);
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in with the password only and stops on the two-factor page.</summary>
    public static async Task OpenTwoFactorStepAsync(this IPage page, TestMember member)
    {
        await page.SubmitPasswordAsync(member.Email, member.Password);
        await page.WaitForPathAsync(TwoFactorPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>On the two-factor page: types the code and presses Verify.</summary>
    public static async Task SubmitTwoFactorCodeAsync(this IPage page, string code)
    {
        await page.WaitForPathAsync(TwoFactorPath);
        await page.GetByLabel("Authenticator code", new() { Exact = true }).FillAsync(code);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
    }

    /// <summary>On the header of any page: presses Sign out and waits for the signed-out header.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.Header().GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.Header().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    /// <summary>On the invitation page: keeps the proposed name, chooses a password, accepts the terms, creates the account.</summary>
    public static async Task AcceptInvitationAsync(this IPage page, string password, bool acceptTerms = true)
    {
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Password again", new() { Exact = true }).FillAsync(password);
        if (acceptTerms)
        {
            await page.GetByLabel("I accept the terms of use", new() { Exact = true }).CheckAsync();
        }

        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
    }

    /// <summary>On the enrolment page: the authenticator key as the member would type it into an app.</summary>
    public static async Task<string> ReadAuthenticatorKeyAsync(this IPage page)
    {
        await page.WaitForPathAsync(EnrolmentPath);
        var grouped = await page.MainContent().Locator("#authenticator-key").InnerTextAsync();
        return grouped.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>On the enrolment page: types the code from the app and turns two-factor authentication on.</summary>
    public static async Task ConfirmAuthenticatorAsync(this IPage page, string code)
    {
        await page.GetByLabel("Code from the app", new() { Exact = true }).FillAsync(code);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
    }

    /// <summary>The recovery codes shown once after enrolment.</summary>
    public static ILocator RecoveryCodes(this IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Your recovery codes for InterCOP" }).GetByRole(AriaRole.Listitem);
}
