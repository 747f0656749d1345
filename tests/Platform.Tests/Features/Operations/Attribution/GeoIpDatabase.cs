using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

/// <summary>The real database as scripts/fetch-geoip.sh installs it (scripts/test.sh fetches it before the tests).</summary>
public sealed class GeoIpDatabase
{
    public GeoIpDatabase()
    {
        Path = Locate();
        Lookup = new GeoIpCountryLookup(Path);
    }

    public string? Path { get; }

    public GeoIpCountryLookup Lookup { get; }

    public void SkipWhenMissing() => Assert.SkipWhen(Path is null,
        $"The GeoIP database is not installed: run scripts/fetch-geoip.sh (or set INTERCOP_GEOIP_DATABASE) to test against {GeoIpCountryLookup.FileName}.");

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("INTERCOP_GEOIP_DATABASE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.slnx")))
            {
                var path = System.IO.Path.Combine(dir.FullName, "src", "Platform.Web", "App_Data", "geoip", GeoIpCountryLookup.FileName);
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
