using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

public sealed class ApiKeysApiTests(AuditRecordingAppFactory app) : IClassFixture<AuditRecordingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_InTwoFactorSession_ReturnsKeyOnce_ThatAuthenticates()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var browser = await app.SignInAsync(officer);

        var response = await PostWithCsrfAsync(browser, new { name = "stats script", scopes = new[] { "read" }, expiresInDays = 30 });
        var created = await response.Content.ReadFromJsonAsync<CreatedApiKey>(Ct);
        var listed = await browser.GetStringAsync("/api/me/api-keys", Ct);
        var viaKey = await app.ApiKeyClient(created!.Key).GetFromJsonAsync<ApiKeySummary>($"/api/me/api-keys/{created.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/me/api-keys/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.StartsWith($"icp_{created.Prefix}_", created.Key, StringComparison.Ordinal);
        Assert.Equal(["read"], created.Scopes);
        Assert.Equal(TimeSpan.FromDays(30), created.ExpiresAt - created.CreatedAt);
        Assert.DoesNotContain(created.Key, listed, StringComparison.Ordinal);
        Assert.Equal(ApiKeyStatus.Active, viaKey!.Status);
        Assert.Contains(app.Audit.OfAction("api-key.created"), e => e.RecordId == created.Id.ToString());
    }

    [Fact]
    public async Task Create_WithoutCsrfHeader_InCookieSession_Answers400()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);

        var response = await browser.PostAsJsonAsync("/api/me/api-keys", new { name = "x", scopes = new[] { "read" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_ByPersonalDataRoleWithoutTwoFactor_Answers403()
    {
        var caseWorker = await app.CreateMemberAsync("NL", Roles.CaseWorker, twoFactor: false);
        var browser = await app.SignInAsync(caseWorker);

        var response = await PostWithCsrfAsync(browser, new { name = "x", scopes = new[] { "read" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await app.WithSystemDbAsync(async db => Assert.False(await db.ApiKeys.AnyAsync(k => k.MemberId == caseWorker.Id, Ct)));
    }

    [Fact]
    public async Task Create_ByViewerWithoutTwoFactor_IsAllowed()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);

        var response = await PostWithCsrfAsync(browser, new { name = "x", scopes = new[] { "read", "write" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithApiKey_Answers403()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var (key, _) = await app.CreateApiKeyAsync(officer, "read write");

        var response = await app.ApiKeyClient(key).PostAsJsonAsync("/api/me/api-keys", new { name = "x", scopes = new[] { "read" } }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", "read", 90)]
    [InlineData("ok", "admin", 90)]
    [InlineData("ok", "read", 0)]
    [InlineData("ok", "read", 366)]
    public async Task Create_WithInvalidRequest_Answers400(string name, string scope, int days)
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);

        var response = await PostWithCsrfAsync(browser, new { name, scopes = new[] { scope }, expiresInDays = days });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_OwnKey_StopsIt_AndIsAudited()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer, "read write");
        var client = app.ApiKeyClient(key);

        var revoke = await client.DeleteAsync($"/api/me/api-keys/{id}", Ct);
        var after = await client.GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains(app.Audit.OfAction("api-key.revoked"), e => e.RecordId == id.ToString());
    }

    [Fact]
    public async Task GetAndRevoke_KeyOfAnotherMember_Answer404()
    {
        var owner = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var colleague = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var (_, ownerKeyId) = await app.CreateApiKeyAsync(owner);
        var (colleagueKey, _) = await app.CreateApiKeyAsync(colleague, "read write");
        var client = app.ApiKeyClient(colleagueKey);

        var get = await client.GetAsync($"/api/me/api-keys/{ownerKeyId}", Ct);
        var delete = await client.DeleteAsync($"/api/me/api-keys/{ownerKeyId}", Ct);
        var list = await client.GetFromJsonAsync<ApiKeyList>("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.DoesNotContain(list!.Items, k => k.Id == ownerKeyId);
    }

    [Fact]
    public async Task List_IsPaginated()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        for (var i = 0; i < 3; i++)
        {
            await app.CreateApiKeyAsync(viewer, name: $"key {i}");
        }

        var (key, _) = await app.CreateApiKeyAsync(viewer, name: "newest");

        var page = await app.ApiKeyClient(key).GetFromJsonAsync<ApiKeyList>("/api/me/api-keys?page=2&pageSize=3", Ct);

        Assert.Equal(4, page!.Total);
        Assert.Equal(["key 0"], page.Items.Select(k => k.Name));
    }

    private async Task<HttpResponseMessage> PostWithCsrfAsync(HttpClient browser, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/api-keys") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", await browser.CsrfTokenAsync());
        return await browser.SendAsync(request, Ct);
    }
}
