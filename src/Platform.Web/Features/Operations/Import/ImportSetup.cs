using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Operations.Import;

public static class ImportSetup
{
    public static IServiceCollection AddOperationImport(this IServiceCollection services)
    {
        services.AddOperationsPolicies();
        services.AddScoped<OperationQueries>();
        services.AddScoped<CreateOperationHandler>();
        services.AddScoped<OperationSummaryQuery>();
        services.AddScoped<RegisterImportHandler>();
        services.AddScoped<ConfirmMappingHandler>();
        services.AddScoped<ImportQueries>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<FinishImport>();
        services.AddScoped<AccountAggregation>();
        services.AddScoped<BuildPersonsHandler>();
        services.AddJobHandler<ImportJobHandler>();
        services.AddJobHandler<BuildPersonsJobHandler>();
        services.AddCliCommand<ImportCommand>();
        services.AddCliCommand<GenerateCommand>();
        services.AddCliCommand<CreateOperationCommand>();
        services.AddCliCommand<BuildPersonsCommand>();
        return services;
    }

    public static WebApplication MapOperationImport(this WebApplication app)
    {
        app.MapOperationsApi();
        return app;
    }
}
