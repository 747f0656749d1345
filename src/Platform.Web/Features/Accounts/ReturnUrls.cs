namespace Platform.Web.Features.Accounts;

/// <summary>Return URLs come from query strings, so only same-site paths are followed (no open redirects).</summary>
public static class ReturnUrls
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string SafeOrHome(string? url) => IsLocal(url) ? url! : "/";

    /// <summary>The path and query of the current request, to come back to after a detour.</summary>
    public static string Current(HttpRequest request) => request.PathBase + request.Path + request.QueryString;
}
