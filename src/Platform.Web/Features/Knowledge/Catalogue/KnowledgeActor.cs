using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>Who reads or writes catalogue items: what they may see (<see cref="Viewer"/>) and whether they may edit.</summary>
public sealed record KnowledgeActor(ShareViewer Viewer, bool HasEditorRole)
{
    public string MemberId => Viewer.MemberId ?? "";

    public string? AgencyCode => Viewer.AgencyCode;

    public static KnowledgeActor From(ClaimsPrincipal user) => new(
        ShareViewer.From(user),
        user.FindFirstValue(PlatformClaims.Agency) is not null && (user.IsInRole(Roles.CountryAdmin) || user.IsInRole(Roles.PreventionOfficer)));

    /// <summary>Editors write the items of their own agency only.</summary>
    public bool CanEdit(IShareable item) => HasEditorRole && Viewer.BelongsTo(item.OwnerAgencyCode);

    /// <summary>Four eyes: a second editor of the owning agency, not the one whose change awaits release.</summary>
    public bool CanRelease(IKnowledgeItem item) =>
        CanEdit(item) && item.ReleaseState == ReleaseState.NationalDraft && item.LastEditedBy != MemberId;

    public bool CanCreate => HasEditorRole && AgencyCode is not null;
}
