using Platform.Web.Features.Cases.Protection;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases;

/// <summary>Diversion case management: from anonymous enquiry to re-offending follow-up.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services) => services
        .AddCaseWork()
        .AddCaseProtection();

    public static WebApplication MapCases(this WebApplication app)
    {
        app.MapCaseWork()
            .MapCaseProtection();
        return app;
    }
}
