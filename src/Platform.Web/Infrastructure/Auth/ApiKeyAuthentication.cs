using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Platform.Web.Infrastructure.Auth;

public static class ApiKeyAuthentication
{
    /// <summary>
    /// Requests that carry an API key authenticate with it, everything else with the Identity cookie. AddIdentity sets
    /// the cookie as default scheme; the selector replaces it (PostConfigure, so registration order does not matter).
    /// </summary>
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(ApiKeyDefaults.SelectorScheme, "Sign-in cookie or API key", o =>
                o.ForwardDefaultSelector = context => CarriesApiKey(context.Request)
                    ? ApiKeyDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.AuthenticationScheme, "API key", null);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = ApiKeyDefaults.SelectorScheme;
            o.DefaultAuthenticateScheme = ApiKeyDefaults.SelectorScheme;
            o.DefaultChallengeScheme = ApiKeyDefaults.SelectorScheme;
            o.DefaultForbidScheme = ApiKeyDefaults.SelectorScheme;
        });
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, ApiKeyScopeAuthorizationHandler>());
        return services;
    }

    public static bool CarriesApiKey(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyDefaults.HeaderName)
        || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The presented key, from X-Api-Key or a bearer token; null when absent or ambiguous.</summary>
    internal static string? ReadKey(HttpRequest request)
    {
        var header = request.Headers[ApiKeyDefaults.HeaderName];
        var authorization = request.Headers[HeaderNames.Authorization];
        if (header.Count > 1 || authorization.Count > 1)
        {
            return null;
        }

        var bearer = authorization.ToString() is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;
        var fromHeader = header.Count == 1 ? header.ToString().Trim() : null;
        if (bearer is not null && fromHeader is not null && bearer != fromHeader)
        {
            return null;
        }

        return fromHeader ?? bearer;
    }
}
