using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.E2E.Features.Network;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Accounts;

/// <summary>
/// The whole way into the platform, as two people in two browsers: a country admin invites an officer by email, the
/// officer opens the link from the mail (delivered over real SMTP), creates the account, is made to set up an
/// authenticator, and signs in again with password and code.
/// </summary>
public sealed partial class InvitationSignUpTests(BrowserServer server) : BrowserTest(server)
{
    private const string Password = "amber otter climbs seven quiet hills";

    [Fact]
    public async Task InvitedOfficer_AcceptsEnrolsAndSignsInAgain_ReachesPersonalDataWithTwoFactors()
    {
        Server.Mail.SkipIfUnavailable();
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var name = $"Noor Visser {Guid.NewGuid():N}"[..19];
        var email = $"noor.visser.{Guid.NewGuid():N}@example.test";

        // The country admin invites a prevention officer.
        await Page.SignInAsync(admin);
        await Page.InviteAsync(name, email, "Prevention officer");
        await Expect(Page.MainContent().GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {email}.");
        await Expect(Page.RowWith(email)).ToContainTextAsync("Pending");

        // The invitation arrives by email with a personal link.
        var mail = await Server.Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(30));
        Assert.Equal("Invitation to the InterCOP Platform", mail.Subject);
        var link = InvitationLink().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith(new Uri(Server.BaseAddress, "/Accounts/Invitation?token=").ToString(), link, StringComparison.Ordinal);
        Assert.Contains(link, mail.HtmlBody ?? "", StringComparison.Ordinal);

        // The officer opens it in their own browser and creates the account.
        var officerPage = await NewPageAsync();
        await officerPage.GotoAsync(link);
        await Expect(officerPage.GetByRole(AriaRole.Heading, new() { Name = "Join the InterCOP Platform", Level = 1 })).ToBeVisibleAsync();
        await Expect(officerPage.MainContent()).ToContainTextAsync(email);
        await Expect(officerPage.GetByLabel("Your name", new() { Exact = true })).ToHaveValueAsync(name);
        await officerPage.AcceptInvitationAsync(Password);

        // Two-factor enrolment is mandatory for the role: the app's key is read from the page, as a person types it.
        await Expect(officerPage.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication", Level = 1 })).ToBeVisibleAsync();
        await Expect(officerPage.MainContent()).ToContainTextAsync("two-factor authentication is required before you can continue");
        await Expect(officerPage.GetByRole(AriaRole.Link, new() { Name = "Not now" })).ToHaveCountAsync(0);
        var officer = new TestMember("", email, Password, name, "NL", await officerPage.ReadAuthenticatorKeyAsync());
        await officerPage.ConfirmAuthenticatorAsync(officer.CurrentTotp());

        await Expect(officerPage.GetByRole(AriaRole.Heading, new() { Name = "Recovery codes", Level = 1 })).ToBeVisibleAsync();
        await Expect(officerPage.RecoveryCodes()).ToHaveCountAsync(10);
        await officerPage.GetByRole(AriaRole.Link, new() { Name = "I have saved my codes, continue" }).ClickAsync();
        await Expect(officerPage.GetByText($"Signed in as {name}.")).ToBeVisibleAsync();

        // Signed out, the personal-data page asks for sign-in; with password and code it opens.
        await officerPage.SignOutAsync();
        await officerPage.GotoAsync(PersonalDataProbe.Path);
        await Expect(officerPage).ToHaveURLAsync(new Regex(Regex.Escape(AccountPages.SignInPath)));
        await officerPage.SignInAsync(officer);
        var probe = await officerPage.GotoAsync(PersonalDataProbe.Path);
        Assert.Equal(200, probe?.Status);
        await Expect(officerPage.GetByRole(AriaRole.Heading, new() { Name = PersonalDataProbe.Heading })).ToBeVisibleAsync();

        // The admin sees the invitation as accepted, and no longer as pending.
        await Page.GotoAsync($"{NetworkPages.InvitationsPath}?status=Accepted&search={Uri.EscapeDataString(email)}");
        await Expect(Page.RowWith(email)).ToContainTextAsync("Accepted");
        await Page.GotoAsync($"{NetworkPages.InvitationsPath}?search={Uri.EscapeDataString(email)}");
        await Expect(Page.RowWith(email)).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"https?://\S+/Accounts/Invitation\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex InvitationLink();
}
