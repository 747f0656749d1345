using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>Who acts on evidence records: member, agency and the roles the rules look at.</summary>
public sealed record EvidenceActor(string MemberId, string? AgencyCode, bool IsNetworkAdmin, bool IsCountryAdmin, bool IsPreventionOfficer)
{
    public static EvidenceActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency),
        user.IsInRole(Roles.NetworkAdmin),
        user.IsInRole(Roles.CountryAdmin),
        user.IsInRole(Roles.PreventionOfficer));

    public ShareViewer Viewer => new(MemberId, AgencyCode);

    /// <summary>Owning agency's country admins and prevention officers keep its evaluations and readiness.</summary>
    public bool ActsFor(string agencyCode) =>
        AgencyCode is not null && AgencyCode == agencyCode && (IsCountryAdmin || IsPreventionOfficer || IsNetworkAdmin);

    /// <summary>A network admin, or the owning agency's country admin, opens ratings and assigns reviewers.</summary>
    public bool CanOpenRatingFor(string ownerAgencyCode) =>
        IsNetworkAdmin || (IsCountryAdmin && AgencyCode == ownerAgencyCode);
}
