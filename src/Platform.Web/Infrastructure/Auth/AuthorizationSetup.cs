using Microsoft.AspNetCore.Authorization;

namespace Platform.Web.Infrastructure.Auth;

public static class AuthorizationSetup
{
    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Member, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.PersonalData, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.WithPersonalData)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            .AddPolicy(Policies.CountryAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            .AddPolicy(Policies.NetworkAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.NetworkAdmin)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            // Secure by default: anything that names no policy still needs a signed-in member.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
