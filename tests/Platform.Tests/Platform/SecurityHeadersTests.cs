using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.ApiKeys;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Guards;

public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/Accounts/SignIn")]
    [InlineData("/Error")]
    public async Task Pages_HaveStrictCsp_WithoutUnsafeInline(string path)
    {
        var response = await app.CreateClient().GetAsync(path, Ct);
        var csp = Header(response, "Content-Security-Policy");

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/me/api-keys")]
    [InlineData("/api/openapi/v1.json")]
    [InlineData("/api/reference/")]
    public async Task Responses_ForbidSniffingAndFraming(string path)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path, Ct);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPages_AreNotStored()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);

        var response = await browser.GetAsync("/Accounts/ApiKeys", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Signed-in pages must carry Cache-Control: no-store.");
    }

    [Fact]
    public async Task Cookies_AreHttpOnly_SameSite_AndSecureOverHttps()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

        var form = await client.GetAsync("/Accounts/SignIn", Ct);
        var antiforgery = SetCookie(form, "intercop.af");
        var request = new HttpRequestMessage(HttpMethod.Post, "/Accounts/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = viewer.Email,
                ["Input.Password"] = viewer.Password,
                ["__RequestVerificationToken"] = TestMembers.AntiforgeryToken(await form.Content.ReadAsStringAsync(Ct))!,
            }),
        };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signIn = await client.SendAsync(request, Ct);
        var session = SetCookie(signIn, "intercop.auth");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_OutsideDevelopment()
    {
        var https = app.CreateClient(new() { BaseAddress = new Uri("https://intercop.example") });
        var http = app.CreateClient(new() { BaseAddress = new Uri("http://intercop.example") });

        var secure = await https.GetAsync("/health", Ct);
        var plain = await http.GetAsync("/health", Ct);

        Assert.StartsWith("max-age=", Header(secure, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_IsNotSentInDevelopment()
    {
        await using var development = app.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var https = development.CreateClient(new() { BaseAddress = new Uri("https://intercop.example") });

        var response = await https.GetAsync("/health", Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task StateChangingApiCall_WithCookieSession_NeedsCsrfHeader_ButNotWithApiKey()
    {
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var browser = await app.SignInAsync(viewer);
        var (_, first) = await app.CreateApiKeyAsync(viewer);
        var (_, second) = await app.CreateApiKeyAsync(viewer);
        var (key, third) = await app.CreateApiKeyAsync(viewer, "read write");

        var withoutHeader = await browser.DeleteAsync($"/api/me/api-keys/{first}", Ct);
        var withHeader = new HttpRequestMessage(HttpMethod.Delete, $"/api/me/api-keys/{second}");
        withHeader.Headers.Add("X-CSRF-TOKEN", await browser.CsrfTokenAsync());
        var withToken = await browser.SendAsync(withHeader, Ct);
        var withApiKey = await app.ApiKeyClient(key).DeleteAsync($"/api/me/api-keys/{third}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withApiKey.StatusCode);
        await app.WithSystemDbAsync(async db =>
            Assert.Equal(new[] { second, third }.Order(), (await db.ApiKeys.Where(k => k.MemberId == viewer.Id && k.RevokedAt != null)
                .Select(k => k.Id).ToListAsync(Ct)).Order()));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
