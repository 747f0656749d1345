namespace Platform.Web.Infrastructure.Auth;

public static class ApiKeyDefaults
{
    /// <summary>Authentication scheme and ClaimsIdentity.AuthenticationType of API-key requests.</summary>
    public const string AuthenticationScheme = "ApiKey";

    /// <summary>Alternative to <c>Authorization: Bearer icp_…</c>.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The default scheme: forwards to <see cref="AuthenticationScheme"/> or the Identity cookie.</summary>
    public const string SelectorScheme = "CookieOrApiKey";

    /// <summary>API keys authenticate under this path only; pages refuse them.</summary>
    public const string ApiPath = "/api";
}
