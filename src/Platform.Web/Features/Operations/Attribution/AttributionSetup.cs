namespace Platform.Web.Features.Operations.Attribution;

public static class AttributionSetup
{
    public static IServiceCollection AddOperationAttribution(this IServiceCollection services) => services
        .AddSingleton<IIpCountryLookup>(sp => new GeoIpCountryLookup(
            GeoIpCountryLookup.ResolvePath(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())))
        .AddSingleton<CountryAttributor>()
        .AddSingleton<PersonBuilder>()
        .AddScoped<IPersonWriter, PersonWriter>();
}
