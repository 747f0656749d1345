using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Web.Infrastructure.Protection;

public static class ProtectionSetup
{
    public static IServiceCollection AddAgencyDataProtection(this IServiceCollection services)
    {
        services.AddSingleton<AgencyKeyRing>();
        services.AddSingleton<IAgencyDataProtector, AesGcmAgencyProtector>();
        services.AddSingleton<SensitiveFieldsInterceptor>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SensitiveFieldsInterceptor>()), ServiceLifetime.Singleton);
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SensitiveFieldsInterceptor>()), ServiceLifetime.Singleton);
        services.AddAgencyPseudonyms();
        services.AddCliCommand<KeysRotateCommand>();
        services.AddCliCommand<KeysEraseCommand>();
        services.AddCliCommand<KeysListCommand>();
        return services;
    }
}
