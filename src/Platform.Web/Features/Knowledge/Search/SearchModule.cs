namespace Platform.Web.Features.Knowledge.Search;

public static class SearchModule
{
    public static IServiceCollection AddKnowledgeSearch(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeSearch(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
