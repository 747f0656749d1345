using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Records;

/// <summary>Policies the operation records need on top of <see cref="Policies"/>.</summary>
public static class OperationsPolicies
{
    /// <summary>Country admin or prevention officer of an agency, two factors: may open an operation and import its data.</summary>
    public const string Coordinate = "Operations.Coordinate";

    public static IServiceCollection AddOperationsPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Coordinate, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.PreventionOfficer)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}
