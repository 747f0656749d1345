using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Network;

/// <summary>
/// Country isolation as a country admin meets it in the browser: another agency's records are simply not there
/// (the "page not found" page with HTTP 404, never 403), and lists and searches never show them.
/// </summary>
public sealed class CountryIsolationBrowserTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task CountryAdmin_OpensOtherAgencysMemberInvitationAndAuditEntry_GetsPageNotFound()
    {
        AllowBrowserErrors("status of 404");
        var world = await ArrangeAsync();

        // Own agency first: the same URLs work, so the 404s below are about the agency, not the URL.
        await AssertOpensAsync($"/Network/Members/{world.NlOfficer.Id}", world.NlOfficer.DisplayName);
        await AssertOpensAsync($"/Audit/Entry/{world.NlAuditSequence}", $"Audit entry {world.NlAuditSequence}");

        await AssertPageNotFoundAsync($"/Network/Members/{world.BeOfficer.Id}");
        await AssertPageNotFoundAsync($"/Audit/Entry/{world.BeAuditSequence}");
        Assert.Equal(404, (await Page.APIRequest.GetAsync($"/api/network/invitations/{world.BeInvitation}")).Status);
        Assert.Equal(200, (await Page.APIRequest.GetAsync($"/api/network/invitations/{world.NlInvitation}")).Status);

        // A revoke form of the own list, pointed at the other agency's invitation, finds nothing and changes nothing.
        await Page.GotoAsync($"{NetworkPages.InvitationsPath}?search={Uri.EscapeDataString(world.NlInvitationEmail)}");
        var revoke = Page.MainContent().GetByRole(AriaRole.Button, new() { Name = $"Revoke invitation of {world.NlInvitationEmail}" });
        await revoke.EvaluateAsync("(button, ids) => button.form.action = button.form.action.replace(ids[0], ids[1])",
            new[] { world.NlInvitation.ToString(), world.BeInvitation.ToString() });
        var response = await Page.RunAndWaitForResponseAsync(() => revoke.ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(404, response.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Server.WithSystemDbAsync(async db =>
            Assert.Null((await db.Invitations.SingleAsync(i => i.Id == world.BeInvitation, TestContext.Current.CancellationToken)).RevokedAt));
    }

    [Fact]
    public async Task CountryAdmin_ListsAndSearchesMembersAndAudit_NeverSeesOtherAgency()
    {
        var world = await ArrangeAsync();

        await Page.GotoAsync($"{NetworkPages.MembersPath}?status=All&search={Uri.EscapeDataString(world.NlOfficer.Email)}");
        await Expect(Page.RowWith(world.NlOfficer.Email)).ToBeVisibleAsync();
        foreach (var query in new[] { world.BeOfficer.Email, world.BeOfficer.DisplayName, "example.test" })
        {
            await Page.GotoAsync($"{NetworkPages.MembersPath}?status=All&search={Uri.EscapeDataString(query)}");
            await AssertNoTraceOfAsync(world);
        }

        await Page.GotoAsync($"/Audit?actor={Uri.EscapeDataString(world.NlAdmin.DisplayName)}");
        await Expect(Page.RowWith("account.signed-in").First).ToBeVisibleAsync();
        foreach (var query in new[] { "", $"actor={Uri.EscapeDataString(world.BeOfficer.DisplayName)}", $"actor={world.BeOfficer.Id}", "action=account." })
        {
            await Page.GotoAsync($"/Audit?{query}");
            await AssertNoTraceOfAsync(world);
        }

        await Page.GotoAsync($"{NetworkPages.InvitationsPath}?status=");
        await Expect(Page.MainContent()).Not.ToContainTextAsync(world.BeInvitationEmail);
    }

    private async Task AssertOpensAsync(string path, string heading)
    {
        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
    }

    private async Task AssertPageNotFoundAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response?.Status == 404, $"{path} answered {response?.Status}, expected 404 (never 403).");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task AssertNoTraceOfAsync(World world)
    {
        var main = Page.MainContent();
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(main).Not.ToContainTextAsync(world.BeOfficer.Email);
        await Expect(main).Not.ToContainTextAsync(world.BeOfficer.DisplayName);
        await Expect(main).Not.ToContainTextAsync(world.BeOfficer.Id);
    }

    private async Task<World> ArrangeAsync()
    {
        var nlAdmin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var nlOfficer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var beAdmin = await Server.CreateMemberAsync("BE", Roles.CountryAdmin);
        var beOfficer = await Server.CreateMemberAsync("BE", Roles.PreventionOfficer);

        // Signing in writes an audit entry in the member's agency, with the member's name as actor.
        await (await NewPageAsync()).SignInAsync(beOfficer);
        await Page.SignInAsync(nlAdmin);

        var nlInvitation = NewInvitation("NL", nlAdmin);
        var beInvitation = NewInvitation("BE", beAdmin);
        long nlSequence = 0, beSequence = 0;
        await Server.WithSystemDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            db.Invitations.AddRange(nlInvitation, beInvitation);
            await db.SaveChangesAsync(ct);
            nlSequence = await db.AuditEntries.Where(e => e.ActorMemberId == nlAdmin.Id).MaxAsync(e => e.Sequence, ct);
            beSequence = await db.AuditEntries.Where(e => e.ActorMemberId == beOfficer.Id).MaxAsync(e => e.Sequence, ct);
        });
        return new World(nlAdmin, nlOfficer, beOfficer, nlInvitation.Id, nlInvitation.Email, beInvitation.Id, beInvitation.Email, nlSequence, beSequence);
    }

    private Invitation NewInvitation(string agency, TestMember inviter)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = Server.Clock.GetUtcNow();
        return new Invitation
        {
            AgencyCode = agency,
            Email = $"invitee.{agency.ToLowerInvariant()}.{suffix}@example.test",
            DisplayName = $"Invitee {agency} {suffix}",
            Role = Roles.PreventionOfficer,
            TokenHash = InvitationTokens.Hash(InvitationTokens.Create()),
            InvitedByMemberId = inviter.Id,
            CreatedAt = now,
            ExpiresAt = now.AddDays(7),
        };
    }

    private sealed record World(
        TestMember NlAdmin, TestMember NlOfficer, TestMember BeOfficer,
        Guid NlInvitation, string NlInvitationEmail, Guid BeInvitation, string BeInvitationEmail,
        long NlAuditSequence, long BeAuditSequence);
}
