using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Guards;

/// <summary>
/// A frozen browser session: the cookies after sign-in and an antiforgery token. Every probe sends exactly these
/// cookies and ignores Set-Cookie, so a probe that signs out or rotates cookies cannot disturb the next one.
/// </summary>
public sealed record IsolationSession(string Label, string? Role, string Cookies, string CsrfToken, ClaimsPrincipal Principal)
{
    public const string AnonymousLabel = "anonymous";

    public bool IsAnonymous => Role is null;

    public static async Task<IsolationSession> AnonymousAsync(AppFactory app)
    {
        var (cookies, token) = await BrowseAsync(app, null);
        return new IsolationSession(AnonymousLabel, null, cookies, token, new ClaimsPrincipal(new ClaimsIdentity()));
    }

    public static async Task<IsolationSession> SignInAsync(AppFactory app, TestMember member, string role, string? label = null)
    {
        var (cookies, token) = await BrowseAsync(app, member);
        // The principal the policies see: the member's claims plus amr=mfa, as after the two-factor sign-in above.
        var principal = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var user = await sp.GetRequiredService<IUserClaimsPrincipalFactory<Member>>().CreateAsync((await users.FindByIdAsync(member.Id))!);
            if (member.AuthenticatorKey is not null)
            {
                ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
            }

            return user;
        });
        return new IsolationSession(label ?? role, role, cookies, token, principal);
    }

    private static async Task<(string Cookies, string Token)> BrowseAsync(AppFactory app, TestMember? member)
    {
        var jar = new CookieContainer();
        using var client = app.CreateDefaultClient(new CookieContainerHandler(jar));
        if (member is not null)
        {
            var response = await client.PostFormAsync("/Accounts/SignIn", new()
            {
                ["Input.Email"] = member.Email,
                ["Input.Password"] = member.Password,
            });
            if (response.Headers.Location?.OriginalString.Contains("SignInTwoFactor", StringComparison.Ordinal) == true)
            {
                response = await client.PostFormAsync(response.Headers.Location.OriginalString, new() { ["Input.Code"] = member.CurrentTotp() });
            }

            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in of {member.Email} failed with {(int)response.StatusCode}.");
            }
        }

        // Any page with a form yields a token bound to this session; sign-out is reachable for everyone.
        var html = await client.GetStringAsync("/Accounts/SignOut");
        var token = TestMembers.AntiforgeryToken(html) ?? throw new InvalidOperationException("No antiforgery token on /Accounts/SignOut.");
        return (jar.GetCookieHeader(client.BaseAddress!), token);
    }
}
