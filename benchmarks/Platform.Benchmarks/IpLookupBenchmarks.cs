using System.Net;
using BenchmarkDotNet.Attributes;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Benchmarks;

/// <summary>
/// IP → country lookups on the compact table, single-threaded, over 4,096 pre-parsed random public addresses per
/// invocation (OperationsPerInvoke), so the result column reads as time per lookup. Needs scripts/fetch-geoip.sh.
/// Run with --filter '*IpLookup*' and the "iplookup" argument (many invocations per iteration, not one search each).
/// </summary>
public class IpLookupBenchmarks
{
    private const int Batch = 4096;
    private IPAddress[] _v4 = [];
    private IPAddress[] _v6 = [];
    private GeoIpCountryLookup _lookup = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("INTERCOP_GEOIP_DATABASE")
            ?? Path.Combine(FindRoot(), "src", "Platform.Web", "App_Data", "geoip", GeoIpCountryLookup.FileName);
        _lookup = new GeoIpCountryLookup(path);
        if (!_lookup.IsAvailable)
        {
            throw new InvalidOperationException($"No GeoIP database at {path}: run scripts/fetch-geoip.sh first.");
        }

        _ = _lookup.Table;
        var random = new Random(42);
        _v4 = [.. Enumerable.Range(0, Batch).Select(_ => new IPAddress(random.NextInt64(0x01000000, 0xDF000000)))];
        var bytes = new byte[16];
        _v6 = [.. Enumerable.Range(0, Batch).Select(_ =>
        {
            random.NextBytes(bytes);
            bytes[0] = 0x2a;
            return new IPAddress(bytes);
        })];
    }

    [Benchmark(Description = "IPv4 lookup", OperationsPerInvoke = Batch)]
    public int V4() => Count(_v4);

    [Benchmark(Description = "IPv6 lookup", OperationsPerInvoke = Batch)]
    public int V6() => Count(_v6);

    private int Count(IPAddress[] addresses)
    {
        var found = 0;
        foreach (var address in addresses)
        {
            if (_lookup.CountryOf(address) is not null)
            {
                found++;
            }
        }

        return found;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
