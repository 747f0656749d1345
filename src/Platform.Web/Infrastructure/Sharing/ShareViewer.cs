using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Infrastructure.Sharing;

/// <summary>Who looks at shareable items: anonymous (null member), a partner member (no agency) or an agency member.</summary>
public sealed record ShareViewer(string? MemberId, string? AgencyCode)
{
    public static readonly ShareViewer Anonymous = new(null, null);

    public bool IsSignedIn => MemberId is not null;

    public static ShareViewer From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new ShareViewer(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(PlatformClaims.Agency))
            : Anonymous;

    /// <summary>Members of the owning agency see and edit its drafts; the release check needs a second one of them.</summary>
    public bool BelongsTo(string ownerAgencyCode) => AgencyCode is not null && AgencyCode == ownerAgencyCode;
}
