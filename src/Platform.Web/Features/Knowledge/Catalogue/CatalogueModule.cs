namespace Platform.Web.Features.Knowledge.Catalogue;

public static class CatalogueModule
{
    public static IServiceCollection AddKnowledgeCatalogue(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeCatalogue(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
