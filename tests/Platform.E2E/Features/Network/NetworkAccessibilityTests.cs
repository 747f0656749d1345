using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Network;

/// <summary>WCAG 2.2 AA (axe) and keyboard use of the network pages, as a country admin sees them.</summary>
public sealed class NetworkAccessibilityTests(BrowserServer server) : BrowserTest(server)
{
    [Theory]
    [InlineData("/Network/Directory", "Country directory")]
    [InlineData("/Network/Agencies/NL", "Country NL")]
    [InlineData(NetworkPages.MembersPath, "Members of your agency")]
    [InlineData(NetworkPages.InvitationsPath, "Invitations")]
    [InlineData(NetworkPages.NewInvitationPath, "Invite a member")]
    [InlineData("/Network/Teams", "Teams")]
    [InlineData("/Network/Partners", "Partner organisations")]
    public async Task NetworkPage_AsCountryAdmin_IsAccessible(string path, string heading)
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        await AddPendingInvitationAsync(admin);
        await Page.SignInAsync(admin);

        await Page.GotoAsync(path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Page.AssertAccessibleAsync();
    }

    [Theory]
    [InlineData("/Network/Agencies/Manage", "agencies")]
    [InlineData("/Network/Agencies/Edit/NL", "Edit agency")]
    [InlineData("/Audit/Verify", "Verify")]
    public async Task NetworkAdminPage_IsAccessible(string path, string heading)
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.NetworkAdmin);
        await Page.SignInAsync(admin);

        await Page.GotoAsync(path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { IgnoreCase = true });
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task MemberEditPage_AsCountryAdmin_IsAccessible()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Page.SignInAsync(admin);

        await Page.GotoAsync($"{NetworkPages.MembersPath}/{officer.Id}");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = officer.DisplayName, Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task NewInvitationPage_WithValidationErrors_IsAccessibleAndLinksErrorsToFields()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        await Page.SignInAsync(admin);
        await Page.GotoAsync(NetworkPages.NewInvitationPath);

        await Page.GetByLabel("Email address", new() { Exact = true }).FillAsync("not an email address");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        var summary = Page.ErrorSummary();
        await Expect(summary).ToContainTextAsync("There is a problem");
        var email = Page.GetByLabel("Email address", new() { Exact = true });
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(".+"));
        await Page.AssertAccessibleAsync();

        // The summary's link for a field moves focus to that field.
        await summary.GetByRole(AriaRole.Link).Filter(new() { HasText = "email" }).First.ClickAsync();
        await Expect(email).ToBeFocusedAsync();
    }

    private Task AddPendingInvitationAsync(TestMember admin) =>
        Server.WithSystemDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var now = Server.Clock.GetUtcNow();
            db.Invitations.Add(new Invitation
            {
                AgencyCode = "NL",
                Email = $"pending.{suffix}@example.test",
                DisplayName = $"Pending {suffix}",
                Role = Roles.PreventionOfficer,
                TokenHash = InvitationTokens.Hash(InvitationTokens.Create()),
                InvitedByMemberId = admin.Id,
                CreatedAt = now,
                ExpiresAt = now.AddDays(7),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
}
