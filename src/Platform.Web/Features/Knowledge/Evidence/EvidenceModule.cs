namespace Platform.Web.Features.Knowledge.Evidence;

public static class EvidenceModule
{
    public static IServiceCollection AddKnowledgeEvidence(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeEvidence(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
