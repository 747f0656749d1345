namespace Platform.Web.Features.Cases.Work;

public static class CaseWorkModule
{
    public static IServiceCollection AddCaseWork(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapCaseWork(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
