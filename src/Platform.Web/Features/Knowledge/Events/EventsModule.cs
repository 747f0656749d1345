namespace Platform.Web.Features.Knowledge.Events;

public static class EventsModule
{
    public static IServiceCollection AddKnowledgeEvents(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeEvents(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
