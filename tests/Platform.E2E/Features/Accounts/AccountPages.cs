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
        await page.WaitForURLAsync($"**{TwoFactorPath}**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>On the two-factor page: types the code and presses Verify.</summary>
    public static async Task SubmitTwoFactorCodeAsync(this IPage page, string code)
    {
        await page.WaitForURLAsync($"**{TwoFactorPath}**");
        await page.GetByLabel("Authenticator code", new() { Exact = true }).FillAsync(code);
        await page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
    }
}
