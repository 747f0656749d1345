using System.Net;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

/// <summary>A lookup with fixed answers: "a.b.c.d" → country.</summary>
internal sealed class FakeIpCountries(Dictionary<string, string> countries) : IIpCountryLookup
{
    public bool IsAvailable => true;

    public string DatabaseVersion => "fake@1 sha256:00";

    public string? CountryOf(IPAddress address) => countries.GetValueOrDefault(address.ToString());

    public static readonly FakeIpCountries Standard = new(new Dictionary<string, string>
    {
        ["1.0.0.1"] = "FI", ["1.0.0.2"] = "FI", ["1.0.0.3"] = "FI",
        ["2.0.0.1"] = "SE", ["3.0.0.1"] = "NL", ["3.0.0.2"] = "NL", ["4.0.0.1"] = "DE", ["5.0.0.1"] = "US",
    });
}
