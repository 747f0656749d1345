using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>Policies of the knowledge catalogue, on top of <see cref="Policies"/>.</summary>
public static class KnowledgePolicies
{
    /// <summary>
    /// Country admin or prevention officer of an agency, two factors: may write intervention profiles and documents.
    /// Handlers also check that the item belongs to the editor's own agency.
    /// </summary>
    public const string Editor = "Knowledge.Editor";

    public static IServiceCollection AddKnowledgePolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Editor, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.PreventionOfficer)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}
