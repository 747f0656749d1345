using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Guards;

/// <summary>
/// Guard: every endpoint and page names its access rule. The rule, per endpoint:
/// <list type="bullet">
/// <item>either <c>[AllowAnonymous]</c> / <c>.AllowAnonymous()</c>, and then its key must be in <see cref="AnonymousEndpoints"/>;</item>
/// <item>or authorization metadata that names a policy from <c>Policies</c> (or roles), and every named policy exists.</item>
/// </list>
/// A bare <c>[Authorize]</c> or <c>.RequireAuthorization()</c> does not count, although the fallback policy would make it
/// "signed-in only": write <c>[Authorize(Policy = Policies.Member)]</c> so that the intent is visible in the code.
/// Inline policies (<c>RequireAuthorization(p => …)</c>) do not count either: define a named policy instead.
/// </summary>
public sealed class EndpointAuthorizationTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>
    /// Everything reachable without signing in. Adding an anonymous endpoint means adding it here, in review.
    /// Keys are "PAGE /route" for pages and "METHODS /route" for endpoints ("*" = any method).
    /// </summary>
    public static readonly IReadOnlySet<string> AnonymousEndpoints = new HashSet<string>(StringComparer.Ordinal)
    {
        // Home and errors
        "PAGE /",
        "PAGE /Error",
        // Signing in and out, terms, language, joining by invitation
        "PAGE /Accounts/SignIn",
        "PAGE /Accounts/SignInTwoFactor",
        "PAGE /Accounts/SignInRecoveryCode",
        "PAGE /Accounts/SignOut",
        "PAGE /Accounts/AccessDenied",
        "PAGE /Accounts/Terms",
        "GET /Accounts/Language",
        "PAGE /Accounts/Invitation",
        // Operations and API documentation
        "* /health",
        "GET /api/openapi/{documentName}.json",
        "GET /api/reference/{documentName?}",
        "GET /api/reference/favicon.svg",
        "GET /api/reference/scalar.aspnetcore.js",
        "GET /api/reference/scalar.js",
    };

    [Fact]
    public async Task EveryEndpoint_NamesAPolicy_OrIsAnAllowListedAnonymousEndpoint()
    {
        var endpoints = await EndpointCatalog.DiscoverAsync(app.Services);
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var problems = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !e.AllowsAnonymous))
        {
            if (endpoint.PolicyNames.Count == 0 && endpoint.RoleNames.Count == 0)
            {
                problems.Add($"{endpoint.Key}: names no policy; add [Authorize(Policy = Policies.X)] / .RequireAuthorization(Policies.X), or AllowAnonymous.");
            }

            if (endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null)
            {
                problems.Add($"{endpoint.Key}: uses an inline policy; define a named policy in Policies instead.");
            }

            foreach (var name in endpoint.PolicyNames)
            {
                if (await policies.GetPolicyAsync(name) is null)
                {
                    problems.Add($"{endpoint.Key}: policy '{name}' does not exist.");
                }
            }
        }

        Assert.True(problems.Count == 0, "Endpoints without a named access rule:\n" + string.Join("\n", problems));
        Assert.Contains(endpoints, e => e.IsPage);
        Assert.Contains(endpoints, e => !e.IsPage && !e.AllowsAnonymous);
    }

    [Fact]
    public async Task AnonymousEndpoints_MatchTheAllowListExactly()
    {
        var anonymous = (await EndpointCatalog.DiscoverAsync(app.Services))
            .Where(e => e.AllowsAnonymous)
            .Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);

        var unexpected = anonymous.Except(AnonymousEndpoints).Order(StringComparer.Ordinal).ToList();
        var stale = AnonymousEndpoints.Except(anonymous).Order(StringComparer.Ordinal).ToList();

        Assert.True(unexpected.Count == 0,
            "New anonymous endpoints; if intended, add them to AnonymousEndpoints:\n" + string.Join("\n", unexpected.Select(k => $"        \"{k}\",")));
        Assert.True(stale.Count == 0, "AnonymousEndpoints lists endpoints that no longer exist or now need sign-in:\n" + string.Join("\n", stale));
    }
}
