using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>Policies of the Evidence part, on top of <see cref="Policies"/>; use cases check the record-level rules.</summary>
public static class EvidencePolicies
{
    /// <summary>Agency members who add evaluations, keep readiness checklists and review ratings, with two factors.</summary>
    public const string Contributor = "Knowledge.EvidenceContributor";

    /// <summary>Country admins and prevention officers, with two factors: register their agency's adoption.</summary>
    public const string Adopter = "Knowledge.Adopter";

    public static readonly IReadOnlyList<string> ContributorRoles = [Roles.NetworkAdmin, Roles.CountryAdmin, Roles.PreventionOfficer];

    public static IServiceCollection AddEvidencePolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Contributor, p => p
                .RequireAuthenticatedUser()
                .RequireRole(ContributorRoles)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            .AddPolicy(Adopter, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.PreventionOfficer)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}
