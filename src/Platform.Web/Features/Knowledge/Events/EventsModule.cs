namespace Platform.Web.Features.Knowledge.Events;

public static class EventsModule
{
    public static IServiceCollection AddKnowledgeEvents(this IServiceCollection services)
    {
        services.AddEventPolicies();
        services.AddScoped<KnowledgeMail>();
        services.AddScoped<EventMailer>();
        services.AddScoped<ListEventsHandler>();
        services.AddScoped<CreateEventHandler>();
        services.AddScoped<UpdateEventHandler>();
        services.AddScoped<RegisterForEventHandler>();
        services.AddScoped<UnregisterFromEventHandler>();
        services.AddScoped<ListParticipantsHandler>();
        services.AddScoped<MyCalendarHandler>();
        services.AddScoped<Infrastructure.Demo.IDemoSeeder, Demo.EventsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeEvents(this IEndpointRouteBuilder app)
    {
        app.MapEventsApi();
        return app;
    }
}
