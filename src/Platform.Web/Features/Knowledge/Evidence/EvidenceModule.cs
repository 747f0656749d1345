using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Demo;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Knowledge.Evidence.Readiness;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>Evaluations, two-reviewer evidence ratings, dissemination readiness and adoption records of interventions.</summary>
public static class EvidenceModule
{
    public static IServiceCollection AddKnowledgeEvidence(this IServiceCollection services)
    {
        services.AddEvidencePolicies();
        services.AddScoped<InterventionAccess>();
        services.AddScoped<EvidenceSummaryHandler>();

        services.AddScoped<ListEvaluationsHandler>();
        services.AddScoped<AddEvaluationHandler>();

        services.AddScoped<ReviewerPool>();
        services.AddScoped<ListRatingsHandler>();
        services.AddScoped<GetRatingHandler>();
        services.AddScoped<OpenRatingHandler>();
        services.AddScoped<AssignReviewersHandler>();
        services.AddScoped<SubmitReviewHandler>();
        services.AddScoped<ResolveRatingHandler>();

        services.AddScoped<GetReadinessHandler>();
        services.AddScoped<SaveReadinessHandler>();

        services.AddScoped<ListAdoptionsHandler>();
        services.AddScoped<SaveAdoptionHandler>();
        services.AddScoped<AdoptionMatrixHandler>();

        services.AddSingleton<IDemoSeeder, EvidenceDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeEvidence(this IEndpointRouteBuilder app)
    {
        app.MapEvidenceApi();
        app.MapAdoptionsApi();
        return app;
    }
}
