namespace Platform.Web.Features.Network.Invitations;

public static class InvitationLinks
{
    /// <summary>
    /// Platform:PublicBaseUrl when set (behind a proxy the request host may be internal), else the request's own base.
    /// </summary>
    public static string BaseUrl(IConfiguration configuration, HttpRequest request)
    {
        var configured = configuration["Platform:PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }

    public static string Accept(string baseUrl, string token) =>
        $"{baseUrl.TrimEnd('/')}/Accounts/Invitation?token={Uri.EscapeDataString(token)}";
}
