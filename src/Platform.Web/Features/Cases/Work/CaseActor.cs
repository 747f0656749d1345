using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Work;

/// <summary>The signed-in member acting on cases: their id and agency (personal-data roles always have one).</summary>
public sealed record CaseActor(string MemberId, string AgencyCode)
{
    public static CaseActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency) ?? "");

    /// <summary>Cases belong to an agency; members without one (the secretariat) cannot open them.</summary>
    public bool HasAgency => AgencyCode.Length > 0;

    public const string NoAgencyMessage = "Your account belongs to no agency; cases are kept per agency.";
}
