using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network;

/// <summary>Who is acting, as far as the Network use cases care: their member id, agency and admin roles.</summary>
public sealed record NetworkActor(string MemberId, string? AgencyCode, bool IsNetworkAdmin, bool IsCountryAdmin)
{
    public static NetworkActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency),
        user.IsInRole(Roles.NetworkAdmin),
        user.IsInRole(Roles.CountryAdmin));

    /// <summary>Admins manage the member records of their own agency only.</summary>
    public bool CanManageMembers => AgencyCode is not null && (IsCountryAdmin || IsNetworkAdmin);
}
