namespace Platform.Web.Features.Operations.Reoffending;

public static class ReoffendingSetup
{
    public static IServiceCollection AddOperationReoffending(this IServiceCollection services) => services;

    public static WebApplication MapOperationReoffending(this WebApplication app) => app;
}
