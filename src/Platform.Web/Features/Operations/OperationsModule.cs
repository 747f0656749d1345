using Platform.Web.Features.Operations.Attribution;
using Platform.Web.Features.Operations.Contact;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Reoffending;

namespace Platform.Web.Features.Operations;

/// <summary>
/// Prevention follow-up after takedowns: operation records, import of seized data, attribution of account holders to
/// countries, national work packages with contact actions, and re-offending across operations.
/// </summary>
public static class OperationsModule
{
    public static IServiceCollection AddOperations(this IServiceCollection services) => services
        .AddOperationAttribution()
        .AddOperationImport()
        .AddOperationContact()
        .AddOperationReoffending();

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapOperationImport()
            .MapOperationContact()
            .MapOperationReoffending();
        return app;
    }
}
