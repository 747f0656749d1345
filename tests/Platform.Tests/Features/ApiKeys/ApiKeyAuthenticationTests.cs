using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.ApiKeys;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

public sealed class ApiKeyAuthenticationTests(AuditRecordingAppFactory app) : IClassFixture<AuditRecordingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_WithBearerKey_ActsAsTheMember()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var (key, id) = await app.CreateApiKeyAsync(officer, "read");

        var list = await app.ApiKeyClient(key).GetFromJsonAsync<ApiKeyList>("/api/me/api-keys", Ct);

        Assert.Equal([id], list!.Items.Select(k => k.Id));
    }

    [Fact]
    public async Task Request_WithXApiKeyHeader_IsAuthenticated()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, _) = await app.CreateApiKeyAsync(viewer, "read");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);

        var response = await client.GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithTwoDifferentKeys_Answers401()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (first, _) = await app.CreateApiKeyAsync(viewer);
        var (second, _) = await app.CreateApiKeyAsync(viewer);
        var client = app.ApiKeyClient(first);
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, second);

        var response = await client.GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Principal_CarriesRolesAgencyScopes_AndMfaOnlyWithTwoFactor()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var viewer = await app.CreateMemberAsync("BE", Roles.Viewer, twoFactor: false);
        var (officerKey, officerKeyId) = await app.CreateApiKeyAsync(officer, "read write");
        var (viewerKey, _) = await app.CreateApiKeyAsync(viewer, "read");

        var officerUser = await AuthenticateAsync(officerKey);
        var viewerUser = await AuthenticateAsync(viewerKey);

        Assert.Equal(ApiKeyDefaults.AuthenticationScheme, officerUser.Identity!.AuthenticationType);
        Assert.True(officerUser.IsInRole(Roles.PreventionOfficer));
        Assert.Equal("NL", officerUser.FindFirst(PlatformClaims.Agency)?.Value);
        Assert.Equal(officerKeyId.ToString(), officerUser.FindFirst(PlatformClaims.ApiKeyId)?.Value);
        Assert.Equal(["read", "write"], officerUser.FindAll(PlatformClaims.ApiKeyScope).Select(c => c.Value));
        Assert.True(officerUser.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        Assert.Equal("BE", viewerUser.FindFirst(PlatformClaims.Agency)?.Value);
        Assert.Equal(["read"], viewerUser.FindAll(PlatformClaims.ApiKeyScope).Select(c => c.Value));
        Assert.False(viewerUser.HasClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
    }

    [Fact]
    public async Task Request_WithUnknownTamperedOrMalformedKey_Answers401_AndIsAudited()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer);
        var tampered = key[..^1] + (key[^1] == 'a' ? 'b' : 'a');

        var wrongSecret = await app.ApiKeyClient(tampered).GetAsync("/api/me/api-keys", Ct);
        var unknown = await app.ApiKeyClient(ApiKeySecrets.NewKey(ApiKeySecrets.NewPrefix())).GetAsync("/api/me/api-keys", Ct);
        var malformed = await app.ApiKeyClient("not-a-key").GetAsync("/api/me/api-keys", Ct);

        Assert.All([wrongSecret, unknown, malformed], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.StartsWith("Bearer", wrongSecret.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(app.Audit.OfAction("api-key.rejected"), e => e.Details == "wrong-secret" && e.RecordId == id.ToString());
        Assert.Contains(app.Audit.OfAction("api-key.rejected"), e => e.Details == "unknown");
        Assert.Contains(app.Audit.OfAction("api-key.rejected"), e => e.Details == "malformed");
    }

    [Fact]
    public async Task Request_WithRevokedKey_Answers401()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer);
        await app.WithSystemDbAsync(db => db.ApiKeys.Where(k => k.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, app.Clock.GetUtcNow()), Ct));

        var response = await app.ApiKeyClient(key).GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(app.Audit.OfAction("api-key.rejected"), e => e.RecordId == id.ToString() && e.Details == "revoked");
    }

    [Fact]
    public async Task Request_WithExpiredKey_Answers401()
    {
        await using var factory = new AppFactory();
        var viewer = await factory.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, _) = await factory.CreateApiKeyAsync(viewer, lifetime: TimeSpan.FromDays(1));
        var client = factory.ApiKeyClient(key);
        var before = await client.GetAsync("/api/me/api-keys", Ct);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var after = await client.GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Request_OfDeactivatedOrLockedOutMember_Answers401()
    {
        var gone = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var locked = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (goneKey, _) = await app.CreateApiKeyAsync(gone);
        var (lockedKey, _) = await app.CreateApiKeyAsync(locked);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByIdAsync(gone.Id);
            member!.DeactivatedAt = app.Clock.GetUtcNow();
            await users.UpdateAsync(member);
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, app.Clock.GetUtcNow().AddHours(1));
        });

        var deactivated = await app.ApiKeyClient(goneKey).GetAsync("/api/me/api-keys", Ct);
        var lockedOut = await app.ApiKeyClient(lockedKey).GetAsync("/api/me/api-keys", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, lockedOut.StatusCode);
    }

    [Fact]
    public async Task ReadScope_AllowsGet_ButNotDelete()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer, "read");
        var client = app.ApiKeyClient(key);

        var get = await client.GetAsync($"/api/me/api-keys/{id}", Ct);
        var delete = await client.DeleteAsync($"/api/me/api-keys/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains(app.Audit.OfAction("api-key.scope-denied"), e => e.RecordId == id.ToString());
        await app.WithSystemDbAsync(async db => Assert.Null((await db.ApiKeys.SingleAsync(k => k.Id == id, Ct)).RevokedAt));
    }

    [Fact]
    public async Task WriteScope_WithoutRead_CannotGet()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer, "write");

        var get = await app.ApiKeyClient(key).GetAsync($"/api/me/api-keys/{id}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Fact]
    public async Task Page_RefusesApiKey_EvenWhenValid()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, _) = await app.CreateApiKeyAsync(viewer);

        var page = await app.ApiKeyClient(key).GetAsync("/Accounts/ApiKeys", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains(app.Audit.OfAction("api-key.rejected"), e => e.Details == "not-api-path");
    }

    [Fact]
    public async Task LastUsedAt_IsUpdatedAtMostOncePerMinute()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var (key, id) = await app.CreateApiKeyAsync(viewer);
        var client = app.ApiKeyClient(key);

        await client.GetAsync("/api/me/api-keys", Ct);
        var first = await LastUsedAsync(id);
        await client.GetAsync("/api/me/api-keys", Ct);
        var second = await LastUsedAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await client.GetAsync("/api/me/api-keys", Ct);
        var third = await LastUsedAsync(id);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.True(third > first!.Value.AddMinutes(1));
    }

    private async Task<DateTimeOffset?> LastUsedAsync(Guid id)
    {
        DateTimeOffset? value = null;
        await app.WithSystemDbAsync(async db => value = (await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id, Ct)).LastUsedAt);
        return value;
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> AuthenticateAsync(string key) =>
        await app.WithScopeAsync(async sp =>
        {
            var context = new DefaultHttpContext { RequestServices = sp };
            context.Request.Path = "/api/me/api-keys";
            context.Request.Headers.Authorization = $"Bearer {key}";
            var result = await context.AuthenticateAsync();
            Assert.True(result.Succeeded, result.Failure?.Message);
            return result.Principal!;
        });
}
