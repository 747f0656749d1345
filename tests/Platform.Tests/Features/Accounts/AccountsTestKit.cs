using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OtpNet;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;

namespace Platform.Tests.Features.Accounts;

internal static partial class AccountsTestKit
{
    public static HttpClient NewClient(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<Member> FindMemberAsync(this AppFactory app, string id) =>
        await app.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<Member>>().FindByIdAsync(id))!);

    public static async Task UpdateMemberAsync(this AppFactory app, string id, Action<Member> change) =>
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = (await users.FindByIdAsync(id))!;
            change(member);
            var result = await users.UpdateAsync(member);
            Assert.True(result.Succeeded);
        });

    public static async Task<string> AuthenticatorKeyAsync(this AppFactory app, string memberId) =>
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(memberId))!))!;
        });

    public static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    public static async Task<string[]> NewRecoveryCodesAsync(this AppFactory app, string memberId) =>
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(memberId))!, 10))!.ToArray();
        });

    public static string[] RecoveryCodesIn(string html) =>
        [.. RecoveryCodeItem().Matches(html).Select(m => m.Groups[1].Value)];

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No Location header on {(int)response.StatusCode}.");

    public static void AssertRedirect(HttpResponseMessage response, string expectedStart)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(expectedStart, response.Location(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The principal inside the sign-in cookie set by <paramref name="response"/>, decrypted with the app's own keys.</summary>
    public static ClaimsPrincipal SignInCookiePrincipal(this AppFactory app, HttpResponseMessage response)
    {
        var cookie = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Last(c => c.StartsWith("intercop.auth=", StringComparison.Ordinal) && c.Length > "intercop.auth=".Length);
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = options.TicketDataFormat.Unprotect(Uri.UnescapeDataString(cookie["intercop.auth=".Length..]));
        return ticket?.Principal ?? throw new InvalidOperationException("The sign-in cookie could not be read.");
    }

    public static Task<string> GetHtmlAsync(this HttpClient client, string url) =>
        client.GetStringAsync(url, TestContext.Current.CancellationToken);

    [GeneratedRegex(@"<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodeItem();
}
