using Platform.Web.Features.Cases.Programmes;

namespace Platform.Web.Features.Cases.Work;

public static class CaseWorkModule
{
    public static IServiceCollection AddCaseWork(this IServiceCollection services)
    {
        services.AddProgrammes();
        services.AddScoped<CaseEditor>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseDetailQuery>();
        services.AddScoped<RecordEnquiryHandler>();
        services.AddScoped<CreateReferralHandler>();
        services.AddScoped<RecordEligibilityHandler>();
        services.AddScoped<RecordConsentHandler>();
        services.AddScoped<EnrolHandler>();
        services.AddScoped<PlanModuleHandler>();
        services.AddScoped<PartnerCoaches>();
        services.AddScoped<RecordSessionHandler>();
        services.AddScoped<EndProgrammeHandler>();
        services.AddScoped<RecordFollowUpHandler>();
        services.AddScoped<CloseCaseHandler>();
        services.AddScoped<CompleteTaskHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCaseWork(this IEndpointRouteBuilder app)
    {
        app.MapProgrammes();
        app.MapCasesApi();
        return app;
    }
}
