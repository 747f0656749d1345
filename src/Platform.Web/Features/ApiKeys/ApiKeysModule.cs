using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.ApiKeys;

/// <summary>Personal API keys (page /Accounts/ApiKeys, REST /api/me/api-keys) and the API reference (/api/reference).</summary>
public static class ApiKeysModule
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddScoped<CreateApiKeyHandler>();
        services.AddScoped<RevokeApiKeyHandler>();
        services.AddScoped<ListApiKeysHandler>();
        services.AddApiKeyAuthentication();
        services.AddApiDocumentation();
        return services;
    }

    public static WebApplication MapApiKeys(this WebApplication app)
    {
        app.MapApiKeysApi();
        app.MapApiReference();
        return app;
    }
}
