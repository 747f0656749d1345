using Microsoft.Playwright;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

/// <summary>WCAG 2.2 AA (axe) and keyboard use of the account pages a member meets after signing in or by invitation.</summary>
public sealed class AccountPagesAccessibilityTests(BrowserServer server) : BrowserTest(server)
{
    private const string ApiKeysPath = "/Accounts/ApiKeys";

    [Theory]
    [InlineData("/Accounts/Profile", "My account")]
    [InlineData("/Accounts/ChangePassword", "Change")]
    [InlineData("/Accounts/Terms", "Terms of use")]
    [InlineData("/Accounts/AcceptTerms", "Accept the terms of use")]
    public async Task AccountPage_SignedIn_IsAccessible(string path, string heading)
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);

        await Page.GotoAsync(path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AcceptTermsPage_WhenTermsNotYetAccepted_IsAccessibleAlsoWithError()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Server.WithSystemDbAsync(async db =>
        {
            var member = await db.Users.FindAsync([officer.Id], TestContext.Current.CancellationToken);
            member!.AcceptedTermsVersion = null;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await Page.OpenTwoFactorStepAsync(officer);
        await Page.SubmitTwoFactorCodeAsync(officer.CurrentTotp());

        await Page.WaitForPathAsync("/Accounts/AcceptTerms");
        await Page.AssertAccessibleAsync();

        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(Page.ErrorSummary()).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await Page.GetByLabel("I accept the terms of use", new() { Exact = true }).CheckAsync();
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(Page.GetByText($"Signed in as {officer.DisplayName}.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EnrolmentAndRecoveryCodesPages_AreAccessibleAlsoWithWrongCode()
    {
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer, twoFactor: false);
        await Page.SubmitPasswordAsync(officer.Email, officer.Password);
        var key = await Page.ReadAuthenticatorKeyAsync();
        var code = (officer with { AuthenticatorKey = key }).CurrentTotp();
        await Page.AssertAccessibleAsync();

        await Page.ConfirmAuthenticatorAsync(code == "000000" ? "111111" : "000000");
        await Expect(Page.MainContent().GetByRole(AriaRole.Alert).Filter(new() { HasText = "The code is not correct" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Code from the app", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("The code is not correct"));
        await Page.AssertAccessibleAsync();

        await Page.ConfirmAuthenticatorAsync(code);
        await Expect(Page.RecoveryCodes()).ToHaveCountAsync(10);
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task InvitationPage_FormAndValidationErrors_AreAccessible()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var token = InvitationTokens.Create();
        await Server.WithSystemDbAsync(async db =>
        {
            var now = Server.Clock.GetUtcNow();
            db.Invitations.Add(new Invitation
            {
                AgencyCode = "NL",
                Email = $"invitee.{Guid.NewGuid():N}@example.test",
                DisplayName = "Sam Jansen",
                Role = Roles.PreventionOfficer,
                TokenHash = InvitationTokens.Hash(token),
                InvitedByMemberId = admin.Id,
                CreatedAt = now,
                ExpiresAt = now.AddDays(7),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await Page.GotoAsync($"/Accounts/Invitation?token={Uri.EscapeDataString(token)}");
        await Expect(Page.GetByLabel("Your name", new() { Exact = true })).ToHaveValueAsync("Sam Jansen");
        await Page.AssertAccessibleAsync();

        await Page.AcceptInvitationAsync("too short", acceptTerms: false);
        await Expect(Page.GetByText("Tick the box to accept the terms of use.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("I accept the terms of use", new() { Exact = true }))
            .ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Tick the box"));
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ApiKeysPage_SignedIn_IsAccessible()
    {
        Assert.SkipUnless(Server.HasRoute(ApiKeysPath), $"{ApiKeysPath} is not in this build yet.");
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(officer);

        await Page.GotoAsync(ApiKeysPath);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
