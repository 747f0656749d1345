using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Accounts;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

public sealed class InvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "seven silver herons at the lake";

    [Fact]
    public async Task Invitation_Accepted_CreatesMemberSignsInAndSendsToEnrolment()
    {
        var (token, invitation) = await InviteAsync(Roles.CaseWorker);
        var client = app.NewClient();
        var form = await client.GetHtmlAsync($"/Accounts/Invitation?token={token}");
        Assert.Contains(invitation.Email, form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{invitation.DisplayName}\"", form, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/Accounts/Invitation?token={token}", Fields(token, "Ines Invited"));

        AccountsTestKit.AssertRedirect(response, "/");
        AccountsTestKit.AssertRedirect(await client.GetAsync("/", TestContext.Current.CancellationToken), "/Accounts/TwoFactor/Enable");
        var (stored, member, roles) = await LoadAsync(invitation);
        Assert.Equal(app.Clock.GetUtcNow(), stored.AcceptedAt!.Value, TimeSpan.FromMinutes(1));
        Assert.Equal(member.Id, stored.AcceptedMemberId);
        Assert.Equal("Ines Invited", member.DisplayName);
        Assert.Equal(invitation.AgencyCode, member.AgencyCode);
        Assert.Equal(invitation.TeamId, member.TeamId);
        Assert.Equal(TermsOfUse.CurrentVersion, member.AcceptedTermsVersion);
        Assert.True(member.EmailConfirmed);
        Assert.Equal([Roles.CaseWorker], roles);
    }

    [Fact]
    public async Task Invitation_Expired_IsRefusedAndCreatesNoMember()
    {
        var (token, invitation) = await InviteAsync(Roles.Viewer, expiresIn: TimeSpan.FromHours(-1));
        var client = app.NewClient();

        var page = await client.GetAsync($"/Accounts/Invitation?token={token}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This invitation has expired", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var post = await client.PostFormAsync($"/Accounts/Invitation?token={token}", Fields(token), formPageUrl: "/Accounts/SignIn");

        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Null(await FindByEmailAsync(invitation.Email));
    }

    [Fact]
    public async Task Invitation_UsedTwice_SecondTimeIsRefused()
    {
        var (token, invitation) = await InviteAsync(Roles.Viewer);
        await app.NewClient().PostFormAsync($"/Accounts/Invitation?token={token}", Fields(token));

        var again = app.NewClient();
        var page = await again.GetAsync($"/Accounts/Invitation?token={token}", TestContext.Current.CancellationToken);
        var post = await again.PostFormAsync($"/Accounts/Invitation?token={token}", Fields(token, "Someone Else"), formPageUrl: "/Accounts/SignIn");

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("already been used", await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotEqual("Someone Else", (await FindByEmailAsync(invitation.Email))!.DisplayName);
    }

    [Fact]
    public async Task Invitation_DoubleSubmit_CreatesExactlyOneMember()
    {
        var (token, invitation) = await InviteAsync(Roles.Viewer);
        var clients = new[] { app.NewClient(), app.NewClient() };
        var posts = new List<FormUrlEncodedContent>();
        foreach (var client in clients)
        {
            var fields = Fields(token);
            fields["__RequestVerificationToken"] = TestMembers.AntiforgeryToken(await client.GetHtmlAsync($"/Accounts/Invitation?token={token}"))!;
            posts.Add(new FormUrlEncodedContent(fields));
        }

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync($"/Accounts/Invitation?token={token}", posts[i], TestContext.Current.CancellationToken)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Gone);
        var (stored, member, _) = await LoadAsync(invitation);
        Assert.Equal(member.Id, stored.AcceptedMemberId);
    }

    [Fact]
    public async Task Invitation_WithoutTermsOrWithBreachedPassword_ShowsErrorsAndStaysOpen()
    {
        var (token, invitation) = await InviteAsync(Roles.Viewer);
        var client = app.NewClient();
        var noTerms = Fields(token);
        noTerms.Remove("Input.AcceptTerms");
        var breached = Fields(token);
        breached["Input.Password"] = breached["Input.ConfirmPassword"] = "iseedeadpeople";

        var first = await client.PostFormAsync($"/Accounts/Invitation?token={token}", noTerms);
        var second = await client.PostFormAsync($"/Accounts/Invitation?token={token}", breached);

        Assert.Contains("Tick the box to accept the terms of use.", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("data breaches", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null(await FindByEmailAsync(invitation.Email));
        Assert.Null((await LoadInvitationAsync(invitation.Id)).AcceptedAt);
    }

    [Fact]
    public async Task Invitation_UnknownToken_Answers404()
    {
        var response = await app.NewClient().GetAsync("/Accounts/Invitation?token=not-a-real-token", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This invitation link is not valid", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string token, string displayName = "Ines Invited") => new()
    {
        ["Token"] = token,
        ["Input.DisplayName"] = displayName,
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
        ["Input.AcceptTerms"] = "true",
    };

    private async Task<(string Token, Invitation Invitation)> InviteAsync(string role, TimeSpan? expiresIn = null)
    {
        var inviter = await app.CreateMemberAsync("BE", Roles.CountryAdmin);
        var token = InvitationTokens.Create();
        var invitation = new Invitation
        {
            AgencyCode = "BE",
            Email = $"invitee.{Guid.NewGuid():N}@example.test",
            DisplayName = "Ines Invitee",
            Role = role,
            TokenHash = InvitationTokens.Hash(token),
            InvitedByMemberId = inviter.Id,
            CreatedAt = app.Clock.GetUtcNow(),
            ExpiresAt = app.Clock.GetUtcNow() + (expiresIn ?? TimeSpan.FromDays(7)),
        };
        await app.WithSystemDbAsync(async db =>
        {
            var team = new Team { AgencyCode = "BE", Name = $"Team {Guid.NewGuid():N}" };
            db.Teams.Add(team);
            invitation.TeamId = team.Id;
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return (token, invitation);
    }

    private async Task<Invitation> LoadInvitationAsync(Guid id)
    {
        Invitation? stored = null;
        await app.WithSystemDbAsync(async db => stored = await db.Invitations.AsNoTracking().SingleAsync(i => i.Id == id, TestContext.Current.CancellationToken));
        return stored!;
    }

    private async Task<Member?> FindByEmailAsync(string email) =>
        await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<Member>>().FindByEmailAsync(email));

    private async Task<(Invitation Stored, Member Member, IList<string> Roles)> LoadAsync(Invitation invitation)
    {
        var stored = await LoadInvitationAsync(invitation.Id);
        var member = (await FindByEmailAsync(invitation.Email))!;
        var roles = await app.WithScopeAsync(sp => sp.GetRequiredService<UserManager<Member>>().GetRolesAsync(member));
        return (stored, member, roles);
    }
}
