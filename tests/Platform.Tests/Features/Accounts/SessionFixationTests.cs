using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Accounts;

/// <summary>
/// Session cookies are handled by hand (no cookie container) so that a captured or planted cookie can be replayed
/// exactly as an attacker would. Each test moves the clock, so each gets its own app.
/// </summary>
public sealed class SessionFixationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WithPlantedOrPreSignInCookies_IssuesNewSessionAndOldCookiesDoNotAuthenticate()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var jar = new Dictionary<string, string>(StringComparer.Ordinal) { ["intercop.auth"] = "planted-by-attacker" };
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var (signedIn, beforeSecondFactor) = await SignInAsync(client, jar, officer);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.NotEqual("planted-by-attacker", jar["intercop.auth"]);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, new(jar), HttpMethod.Get, "/Accounts/Profile")).StatusCode);
        // What an attacker could have captured or planted before the second factor does not open a session.
        AccountsTestKit.AssertRedirect(await SendAsync(client, beforeSecondFactor, HttpMethod.Get, "/Accounts/Profile"), "http://localhost/Accounts/SignIn");
    }

    [Fact]
    public async Task SignOut_OldCookieReplayed_NoLongerAuthenticatesAfterRevalidation()
    {
        await using var app = new AppFactory();
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new Dictionary<string, string>(StringComparer.Ordinal);
        await SignInAsync(client, jar, officer);
        var captured = new Dictionary<string, string>(jar, StringComparer.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, new(captured), HttpMethod.Get, "/Accounts/Profile")).StatusCode);

        var signOutPage = await SendAsync(client, jar, HttpMethod.Get, "/Accounts/SignOut");
        var signedOut = await SendAsync(client, jar, HttpMethod.Post, "/Accounts/SignOut", new()
        {
            ["__RequestVerificationToken"] = TestMembers.AntiforgeryToken(await signOutPage.Content.ReadAsStringAsync(Ct))!,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(jar.ContainsKey("intercop.auth"), "Sign-out must delete the session cookie.");
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        AccountsTestKit.AssertRedirect(await SendAsync(client, new(captured), HttpMethod.Get, "/Accounts/Profile"), "http://localhost/Accounts/SignIn");
    }

    /// <summary>Password, then TOTP, through the real pages; returns the final response and the cookies held before the second factor.</summary>
    private static async Task<(HttpResponseMessage SignedIn, Dictionary<string, string> BeforeSecondFactor)> SignInAsync(
        HttpClient client, Dictionary<string, string> jar, TestMember member)
    {
        var form = await SendAsync(client, jar, HttpMethod.Get, "/Accounts/SignIn");
        var password = await SendAsync(client, jar, HttpMethod.Post, "/Accounts/SignIn", new()
        {
            ["Input.Email"] = member.Email, ["Input.Password"] = member.Password,
            ["__RequestVerificationToken"] = TestMembers.AntiforgeryToken(await form.Content.ReadAsStringAsync(Ct))!,
        });
        var beforeSecondFactor = new Dictionary<string, string>(jar, StringComparer.Ordinal);
        var codePage = await SendAsync(client, jar, HttpMethod.Get, password.Headers.Location!.OriginalString);
        var signedIn = await SendAsync(client, jar, HttpMethod.Post, password.Headers.Location!.OriginalString, new()
        {
            ["Input.Code"] = member.CurrentTotp(),
            ["__RequestVerificationToken"] = TestMembers.AntiforgeryToken(await codePage.Content.ReadAsStringAsync(Ct))!,
        });
        return (signedIn, beforeSecondFactor);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, Dictionary<string, string> jar, HttpMethod method, string url, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request, Ct);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
            var value = pair[(name.Length + 1)..];
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                jar.Remove(name);
            }
            else
            {
                jar[name] = value;
            }
        }

        return response;
    }
}
