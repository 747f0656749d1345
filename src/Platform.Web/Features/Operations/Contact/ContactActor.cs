using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact;

/// <summary>The signed-in member working a national package: member id and agency (personal-data roles have one).</summary>
public sealed record ContactActor(string MemberId, string? AgencyCode)
{
    public static ContactActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency));
}
