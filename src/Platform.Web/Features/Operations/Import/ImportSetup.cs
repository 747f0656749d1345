namespace Platform.Web.Features.Operations.Import;

public static class ImportSetup
{
    public static IServiceCollection AddOperationImport(this IServiceCollection services) => services;

    public static WebApplication MapOperationImport(this WebApplication app) => app;
}
