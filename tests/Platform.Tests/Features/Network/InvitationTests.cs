using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed partial class InvitationTests(MailingAppFixture fixture) : IClassFixture<MailingAppFixture>
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(15);

    private AppFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ByCountryAdmin_EmailsALinkWhoseTokenOnlyTheHashOfIsStored()
    {
        fixture.Smtp.SkipIfUnavailable();
        var admin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await App.SignInAsync(admin);
        var email = $"new.colleague.{Guid.NewGuid():N}@example.org";

        var response = await client.PostFormAsync("/Network/Invitations/New", new()
        {
            ["Input.DisplayName"] = "New Colleague",
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.PreventionOfficer,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = await fixture.Smtp.WaitForMessageToAsync(email, MailTimeout);
        Assert.Equal("Invitation to the InterCOP Platform", message.Subject);
        Assert.Contains("New Colleague", message.TextBody, StringComparison.Ordinal);
        Assert.NotNull(message.HtmlBody);
        var token = TokenIn(message.TextBody);
        Assert.Contains($"https://intercop.test/Accounts/Invitation?token={token}", message.HtmlBody, StringComparison.Ordinal);

        await App.WithSystemDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email, Ct);
            Assert.Equal(InvitationTokens.Hash(token), invitation.TokenHash);
            Assert.NotEqual(token, invitation.TokenHash);
            Assert.Equal("NL", invitation.AgencyCode);
            Assert.Equal(admin.Id, invitation.InvitedByMemberId);
            Assert.Equal(TimeSpan.FromDays(7), invitation.ExpiresAt - invitation.CreatedAt);
            var stored = JsonSerializer.Serialize(invitation);
            Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        });
        var visitor = App.CreateClient();
        var acceptance = await visitor.GetAsync($"/Accounts/Invitation?token={token}", Ct);
        Assert.Equal(HttpStatusCode.OK, acceptance.StatusCode);
        Assert.Contains(email, await acceptance.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var wrong = await visitor.GetAsync($"/Accounts/Invitation?token={token}x", Ct);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task Create_DuplicatePendingForSameEmail_IsRefusedWithValidationError()
    {
        var admin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await App.SignInAsync(admin);
        var email = $"twice.{Guid.NewGuid():N}@example.org";
        var fields = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Twice Invited",
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.CaseWorker,
        };

        var first = await client.PostFormAsync("/Network/Invitations/New", new(fields));
        var second = await client.PostFormAsync("/Network/Invitations/New", new(fields) { ["Input.Email"] = email.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already a pending invitation", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await App.WithSystemDbAsync(async db =>
            Assert.Equal(1, await db.Invitations.CountAsync(i => i.Email.ToUpper() == email.ToUpperInvariant(), Ct)));
    }

    [Fact]
    public async Task Create_NetworkAdminRoleByCountryAdmin_IsRefused()
    {
        var admin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await App.SignInAsync(admin)).WithCsrfAsync("/Network/Invitations/New");

        var response = await client.PostAsJsonAsync("/api/network/invitations",
            new { email = $"boss.{Guid.NewGuid():N}@example.org", displayName = "Would-be Boss", role = Roles.NetworkAdmin }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Role", out _));
    }

    [Fact]
    public async Task Revoke_PendingInvitation_MarksItRevokedAndResendIsRefused()
    {
        var admin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await App.SignInAsync(admin)).WithCsrfAsync("/Network/Invitations/New");
        var id = await CreateViaApiAsync(client, $"revoke.{Guid.NewGuid():N}@example.org");

        var revoke = await client.PostFormAsync($"/Network/Invitations?handler=Revoke&id={id}", new(), formPageUrl: "/Network/Invitations");
        var resend = await client.PostAsync($"/api/network/invitations/{id}/resend", null, Ct);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/network/invitations?status=Revoked&pageSize=100", Ct);

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resend.StatusCode);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        await App.WithSystemDbAsync(async db => Assert.NotNull((await db.Invitations.SingleAsync(i => i.Id == id, Ct)).RevokedAt));
    }

    [Fact]
    public async Task Resend_PendingInvitation_SendsANewTokenAndRetiresTheOldOne()
    {
        fixture.Smtp.SkipIfUnavailable();
        var admin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await App.SignInAsync(admin)).WithCsrfAsync("/Network/Invitations/New");
        var email = $"resend.{Guid.NewGuid():N}@example.org";
        var id = await CreateViaApiAsync(client, email);
        var firstToken = TokenIn((await fixture.Smtp.WaitForMessageToAsync(email, MailTimeout)).TextBody);

        var resend = await client.PostAsync($"/api/network/invitations/{id}/resend", null, Ct);

        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        var secondToken = TokenIn((await fixture.Smtp.WaitForMessageToAsync(email, MailTimeout, nth: 2)).TextBody);
        Assert.NotEqual(firstToken, secondToken);
        await App.WithSystemDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Id == id, Ct);
            Assert.Equal(InvitationTokens.Hash(secondToken), invitation.TokenHash);
            Assert.True(invitation.ExpiresAt > App.Clock.GetUtcNow().AddDays(6));
        });
    }

    [Fact]
    public async Task InvitationOfOtherAgency_Answers404OnPageAndApi()
    {
        var nlAdmin = await App.CreateMemberAsync("NL", Roles.CountryAdmin);
        var beAdmin = await App.CreateMemberAsync("BE", Roles.CountryAdmin);
        var nlClient = await (await App.SignInAsync(nlAdmin)).WithCsrfAsync("/Network/Invitations/New");
        var id = await CreateViaApiAsync(nlClient, $"nl.only.{Guid.NewGuid():N}@example.org");
        var beClient = await (await App.SignInAsync(beAdmin)).WithCsrfAsync("/Network/Invitations/New");

        var get = await beClient.GetAsync($"/api/network/invitations/{id}", Ct);
        var revoke = await beClient.PostAsync($"/api/network/invitations/{id}/revoke", null, Ct);
        var resend = await beClient.PostAsync($"/api/network/invitations/{id}/resend", null, Ct);
        var pageRevoke = await beClient.PostFormAsync($"/Network/Invitations?handler=Revoke&id={id}", new(), formPageUrl: "/Network/Invitations/New");
        var list = await beClient.GetFromJsonAsync<JsonElement>("/api/network/invitations?pageSize=100", Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageRevoke.StatusCode);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        await App.WithSystemDbAsync(async db => Assert.Null((await db.Invitations.SingleAsync(i => i.Id == id, Ct)).RevokedAt));
    }

    [Fact]
    public async Task Invitations_OfficerWithoutAdminRole_IsForbidden()
    {
        var officer = await App.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await App.SignInAsync(officer);

        var api = await client.GetAsync("/api/network/invitations", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    private static async Task<Guid> CreateViaApiAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/network/invitations",
            new { email, displayName = "Invited Person", role = Roles.Viewer }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return body.GetProperty("invitation").GetProperty("id").GetGuid();
    }

    private static string TokenIn(string? body)
    {
        var match = TokenPattern().Match(body ?? "");
        Assert.True(match.Success, "The email contains no invitation link.");
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    [GeneratedRegex(@"/Accounts/Invitation\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex TokenPattern();
}
