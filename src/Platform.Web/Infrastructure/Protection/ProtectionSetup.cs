namespace Platform.Web.Infrastructure.Protection;

public static class ProtectionSetup
{
    public static IServiceCollection AddAgencyDataProtection(this IServiceCollection services)
    {
        services.AddSingleton<IAgencyDataProtector, DataProtectionAgencyProtector>();
        return services;
    }
}
