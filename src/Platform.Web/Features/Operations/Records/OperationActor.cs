using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Records;

/// <summary>Who acts on operation records: member id, agency, and whether they may coordinate (open, import).</summary>
public sealed record OperationActor(string MemberId, string? AgencyCode, bool CanCoordinate)
{
    public static OperationActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency),
        user.IsInRole(Roles.CountryAdmin) || user.IsInRole(Roles.PreventionOfficer));
}
