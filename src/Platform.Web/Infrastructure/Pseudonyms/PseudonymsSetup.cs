namespace Platform.Web.Infrastructure.Pseudonyms;

public static class PseudonymsSetup
{
    public static IServiceCollection AddAgencyPseudonyms(this IServiceCollection services) =>
        services.AddSingleton<IAgencyPseudonyms, AgencyPseudonyms>();
}
