namespace Platform.Web.Features.Cases.Protection;

public static class CaseProtectionModule
{
    public static IServiceCollection AddCaseProtection(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapCaseProtection(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
