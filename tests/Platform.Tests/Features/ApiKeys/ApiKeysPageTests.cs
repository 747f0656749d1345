using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

public sealed partial class ApiKeysPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ShowsKeyOnce_ThenListsOnlyItsPrefix()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var browser = await app.SignInAsync(officer);

        var created = await browser.PostFormAsync("/Accounts/ApiKeys?handler=Create", new()
        {
            ["Input.Name"] = "weekly export",
            ["Input.Scopes"] = "read",
            ["Input.ExpiresInDays"] = "30",
        }, "/Accounts/ApiKeys");
        var html = await created.Content.ReadAsStringAsync(Ct);
        var key = KeyPattern().Match(html).Value;
        var later = await browser.GetStringAsync("/Accounts/ApiKeys", Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotEmpty(key);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, later, StringComparison.Ordinal);
        Assert.Contains($"icp_{key[4..12]}_", later, StringComparison.Ordinal);
        Assert.Contains("weekly export", later, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiKeyClient(key).GetAsync("/api/me/api-keys", Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_WithoutScopes_ShowsError()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);

        var response = await browser.PostFormAsync("/Accounts/ApiKeys?handler=Create", new()
        {
            ["Input.Name"] = "no scopes",
            ["Input.ExpiresInDays"] = "30",
        }, "/Accounts/ApiKeys");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Choose at least one scope.", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(KeyPattern(), html);
    }

    [Fact]
    public async Task Create_ByPersonalDataRoleWithoutTwoFactor_IsSentToEnrolment()
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var browser = await app.SignInAsync(caseWorker);

        var page = await browser.GetAsync("/Accounts/ApiKeys", Ct);
        var post = await browser.PostFormAsync("/Accounts/ApiKeys?handler=Create", new()
        {
            ["Input.Name"] = "x",
            ["Input.Scopes"] = "read",
            ["Input.ExpiresInDays"] = "30",
        }, "/Accounts/SignOut");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Accounts/TwoFactor/Enable", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await app.WithSystemDbAsync(async db => Assert.False(await db.ApiKeys.AnyAsync(k => k.MemberId == caseWorker.Id, Ct)));
    }

    [Fact]
    public async Task Revoke_OwnKey_MarksItRevoked()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (_, id) = await app.CreateApiKeyAsync(viewer, name: "old laptop");
        var browser = await app.SignInAsync(viewer);

        var response = await browser.PostFormAsync($"/Accounts/ApiKeys?handler=Revoke&id={id}", [], "/Accounts/ApiKeys");
        var html = await browser.GetStringAsync("/Accounts/ApiKeys", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The key is revoked.", html, StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db => Assert.NotNull((await db.ApiKeys.SingleAsync(k => k.Id == id, Ct)).RevokedAt));
    }

    [Fact]
    public async Task Revoke_KeyOfAnotherMember_Answers404()
    {
        var owner = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var other = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (_, id) = await app.CreateApiKeyAsync(owner);
        var browser = await app.SignInAsync(other);

        var response = await browser.PostFormAsync($"/Accounts/ApiKeys?handler=Revoke&id={id}", [], "/Accounts/ApiKeys");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await app.WithSystemDbAsync(async db => Assert.Null((await db.ApiKeys.SingleAsync(k => k.Id == id, Ct)).RevokedAt));
    }

    [Fact]
    public async Task Page_WithoutSignIn_RedirectsToSignIn()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Accounts/ApiKeys", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/SignIn", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex("icp_[a-z0-9]{8}_[A-Za-z0-9]{43}")]
    private static partial Regex KeyPattern();
}
