using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Protection;

public static class CaseProtectionPolicies
{
    /// <summary>A partner member (company coach): no agency claim, sees only the assignments they supervise.</summary>
    public const string PartnerCoach = "Cases.PartnerCoach";

    /// <summary>Country admin (own agency's jobs) or network admin (all jobs), two factors.</summary>
    public const string JobsAdmin = "Cases.JobsAdmin";

    /// <summary>Prevention officer or country admin of an agency, two factors: the pseudonymised cohort export.</summary>
    public const string CohortExport = "Cases.CohortExport";

    public static IServiceCollection AddCaseProtectionPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(PartnerCoach, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.PartnerContributor)
                .RequireClaim(PlatformClaims.PartnerOrganisation))
            .AddPolicy(CohortExport, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.PreventionOfficer, Roles.CountryAdmin)
                .RequireClaim(PlatformClaims.Agency)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor))
            .AddPolicy(JobsAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireRole(Roles.CountryAdmin, Roles.NetworkAdmin)
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor));
        return services;
    }
}
