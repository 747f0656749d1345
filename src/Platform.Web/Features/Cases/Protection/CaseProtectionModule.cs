using Platform.Web.Features.Cases.Protection.Coach;
using Platform.Web.Features.Cases.Protection.Export;
using Platform.Web.Features.Cases.Protection.Jobs;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Features.Cases.Protection.Reveal;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Cases.Protection;

/// <summary>
/// Protection of case data: retention and erasure (with statistics rows), sensitive-field reveal with a reason,
/// the pseudonymised cohort export, and the partner coach's view of their assignments.
/// </summary>
public static class CaseProtectionModule
{
    public static IServiceCollection AddCaseProtection(this IServiceCollection services)
    {
        services.AddCaseProtectionPolicies();
        services.AddScoped<RetentionPlanner>();
        services.AddScoped<CaseEraser>();
        services.AddScoped<DecideRetentionHandler>();
        services.AddScoped<UpdateRetentionRuleHandler>();
        services.AddScoped<CoachAssignmentsHandler>();
        services.AddScoped<RevealSensitiveFieldsHandler>();
        services.AddScoped<CohortExportHandler>();
        services.AddScoped<ListJobsHandler>();
        services.AddJobHandler<RetentionJob>();
        services.AddRecurringJob(RetentionJob.Daily);
        return services;
    }

    public static IEndpointRouteBuilder MapCaseProtection(this IEndpointRouteBuilder app)
    {
        app.MapCoachApi();
        app.MapRevealApi();
        app.MapExportApi();
        return app;
    }
}
