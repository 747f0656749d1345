using System.Net;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>IP address → ISO 3166 country, from the CC0 geo-whois-asn-country database (MaxMind DB format).</summary>
public interface IIpCountryLookup
{
    /// <summary>False when the database file is not installed: attribution then rests on the other evidence.</summary>
    bool IsAvailable { get; }

    /// <summary>Package name and version of the database, recorded with every IP-based attribution.</summary>
    string DatabaseVersion { get; }

    string? CountryOf(IPAddress address);
}
