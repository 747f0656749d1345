namespace Platform.Web.Features.Cases.Programmes;

public static class ProgrammesModule
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeCatalog>();
        services.AddScoped<AdoptProgrammeHandler>();
        services.AddScoped<PublishProgrammeVersionHandler>();
        services.AddHostedService<SeedProgrammePackages>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgrammes(this IEndpointRouteBuilder app)
    {
        app.MapProgrammesApi();
        return app;
    }
}
