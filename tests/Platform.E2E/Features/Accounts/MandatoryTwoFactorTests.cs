using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

/// <summary>A member whose role reaches personal data cannot use the platform before enrolling an authenticator.</summary>
public sealed class MandatoryTwoFactorTests(BrowserServer server) : BrowserTest(server)
{
    private static readonly string[] Pages =
    [
        "/", "/Network/Members", "/Audit", "/Audit/Entry/1", "/Network/Directory", "/Network/Invitations/New",
        "/Accounts/Profile", PersonalDataProbe.Path,
    ];

    [Fact]
    public async Task AnyPage_CountryAdminWithoutAuthenticator_IsSentToEnrolmentAndBackAfterwards()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin, twoFactor: false);

        await Page.SubmitPasswordAsync(admin.Email, admin.Password);
        await Page.WaitForPathAsync(AccountPages.EnrolmentPath);

        foreach (var path in Pages)
        {
            await Page.GotoAsync(path);
            Assert.True(
                new Uri(Page.Url).AbsolutePath == AccountPages.EnrolmentPath,
                $"Opening {path} without two-factor authentication should lead to enrolment, but ended on {Page.Url}.");
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication", Level = 1 })).ToBeVisibleAsync();
            await Expect(Page.MainContent()).ToContainTextAsync("two-factor authentication is required before you can continue");
        }

        // Enrolling from the detour returns the member to the page they asked for, now with two factors.
        await Page.GotoAsync("/Audit");
        var key = await Page.ReadAuthenticatorKeyAsync();
        await Page.ConfirmAuthenticatorAsync((admin with { AuthenticatorKey = key }).CurrentTotp());
        await Page.GetByRole(AriaRole.Link, new() { Name = "I have saved my codes, continue" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Uri(Server.BaseAddress, "/Audit").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnyPage_OfficerWithoutAuthenticator_IsSentToEnrolmentWithoutWayOut()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer, twoFactor: false);

        await Page.SubmitPasswordAsync(officer.Email, officer.Password);
        foreach (var path in new[] { "/Network/Directory", PersonalDataProbe.Path, "/Accounts/TwoFactor/Disable" })
        {
            await Page.GotoAsync(path);
            Assert.Equal(AccountPages.EnrolmentPath, new Uri(Page.Url).AbsolutePath);
        }

        // The mandatory form offers no "Not now".
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Not now" })).ToHaveCountAsync(0);
    }
}
