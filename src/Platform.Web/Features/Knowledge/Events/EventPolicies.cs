using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>Policies of the events part, on top of <see cref="Policies"/>.</summary>
public static class EventPolicies
{
    /// <summary>Country admins and prevention officers (of an agency) and network admins, two factors: may create and edit events.</summary>
    public const string Organiser = "Knowledge.EventOrganiser";

    public static IServiceCollection AddEventPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Organiser, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.PreventionOfficer, Roles.NetworkAdmin)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}

/// <summary>Who acts on events: organisers edit the events of their own agency; network admins edit every event.</summary>
public sealed record EventActor(string MemberId, string? AgencyCode, bool IsNetworkAdmin, bool IsAgencyEditor)
{
    public static EventActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PlatformClaims.Agency),
        user.IsInRole(Roles.NetworkAdmin),
        user.IsInRole(Roles.CountryAdmin) || user.IsInRole(Roles.PreventionOfficer));

    public bool CanCreate => IsNetworkAdmin || (AgencyCode is not null && IsAgencyEditor);

    public bool CanOrganise(string organiserAgencyCode) =>
        IsNetworkAdmin || (IsAgencyEditor && AgencyCode is not null && AgencyCode == organiserAgencyCode);
}
