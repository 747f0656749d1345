using System.Net;
using System.Text.Json;
using MaxMind.Db;
using Platform.Web.Infrastructure;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// <see cref="IIpCountryLookup"/> over the geo-whois-asn-country database installed by scripts/fetch-geoip.sh (file
/// from <c>Operations:GeoIpDatabase</c>, else &lt;data folder&gt;/geoip/geo-whois-asn-country.mmdb, else the
/// development copy in the project's App_Data). Loaded once, on first use, into an <see cref="IpCountryTable"/>.
/// Non-attributable addresses (private, CGNAT, …) answer null whatever the database says.
/// </summary>
public sealed class GeoIpCountryLookup : IIpCountryLookup
{
    public const string FileName = "geo-whois-asn-country.mmdb";

    private readonly string? _path;
    private readonly Lazy<IpCountryTable> _table;

    public GeoIpCountryLookup(string? databasePath)
    {
        _path = databasePath is not null && File.Exists(databasePath) ? databasePath : null;
        _table = new Lazy<IpCountryTable>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
        DatabaseVersion = _path is null ? "none" : ReadVersion(_path);
    }

    public bool IsAvailable => _path is not null;

    public string DatabaseVersion { get; }

    public string? DatabasePath => _path;

    public string? CountryOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _path is null || !IpRanges.IsAttributable(address) ? null : _table.Value.CountryOf(address);
    }

    /// <summary>The compact table (loads it); for the consistency test and the benchmark.</summary>
    public IpCountryTable Table => _table.Value;

    public static string? ResolvePath(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Operations:GeoIpDatabase"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        string[] candidates =
        [
            Path.Combine(PlatformPaths.DataDirectory(configuration, environment), "geoip", FileName),
            Path.Combine(environment.ContentRootPath, "App_Data", "geoip", FileName),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }

    private IpCountryTable Load()
    {
        using var reader = new Reader(_path!, FileAccessMode.Memory);
        return IpCountryTable.Load(reader);
    }

    /// <summary>"package@version sha256:…" from the version file the fetch script writes next to the database.</summary>
    private static string ReadVersion(string path)
    {
        var versionFile = Path.ChangeExtension(path, ".version.json");
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(versionFile));
            var root = json.RootElement;
            return $"{root.GetProperty("package").GetString()}@{root.GetProperty("version").GetString()} sha256:{root.GetProperty("sha256").GetString()}";
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{Path.GetFileName(path)} (no version file)";
        }
    }
}
