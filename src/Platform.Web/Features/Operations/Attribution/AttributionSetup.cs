using System.Net;

namespace Platform.Web.Features.Operations.Attribution;

public static class AttributionSetup
{
    // SKELETON: the attribution part registers the MaxMind-backed lookup here.
    public static IServiceCollection AddOperationAttribution(this IServiceCollection services) => services
        .AddSingleton<IIpCountryLookup, NoIpCountryLookup>()
        .AddSingleton<CountryAttributor>()
        .AddSingleton<PersonBuilder>();
    // The attribution part adds the IPersonWriter implementation (scoped: it uses AppDbContext).

    private sealed class NoIpCountryLookup : IIpCountryLookup
    {
        public bool IsAvailable => false;

        public string DatabaseVersion => "none";

        public string? CountryOf(IPAddress address) => null;
    }
}
