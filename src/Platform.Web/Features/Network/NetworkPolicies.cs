using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network;

/// <summary>Policies only the Network module needs, on top of <see cref="Policies"/>.</summary>
public static class NetworkPolicies
{
    /// <summary>Country admin or network admin of an agency, two factors: the agency's member administration.</summary>
    public const string MemberAdmin = "Network.MemberAdmin";

    /// <summary>Country admin or network admin, two factors: may edit partner organisations (the use case checks which).</summary>
    public const string PartnerAdmin = "Network.PartnerAdmin";

    public static IServiceCollection AddNetworkPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(MemberAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.NetworkAdmin)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            .AddPolicy(PartnerAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.NetworkAdmin)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}
