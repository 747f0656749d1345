using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Audit;

public static class AuditModule
{
    /// <summary>Country admins (own agency) and network admins (also network-level entries), signed in with two factors.</summary>
    public const string ReaderPolicy = "AuditReader";

    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<ITransactionalAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<AuditChainVerifier>();
        services.AddScoped<SearchAuditEntries>();
        services.AddScoped<ExportAuditEntries>();
        services.AddCliCommand<AuditVerifyCommand>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReaderPolicy, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformClaims.AuthenticationMethod, PlatformClaims.MultiFactor)
                .RequireAssertion(context => AuditViewer.For(context.User) is not null));
        return services;
    }

    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapAuditApi();
        return app;
    }
}
