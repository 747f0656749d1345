using System.Net;
using MaxMind.Db;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Tests.Features.Operations.Attribution;

public sealed class GeoIpCountryLookupTests(GeoIpDatabase database) : IClassFixture<GeoIpDatabase>
{
    [Theory]
    [InlineData("8.8.8.8", "US")]          // Google Public DNS
    [InlineData("1.1.1.1", "AU")]          // APNIC/Cloudflare research prefix, registered in Australia
    [InlineData("145.97.39.155", "NL")]    // SURF (Dutch research network)
    [InlineData("193.166.3.2", "FI")]      // FUNET (Finnish research network)
    [InlineData("2001:610:0:800d::10", "NL")] // SURF IPv6
    [InlineData("2001:4860:4860::8888", "US")] // Google Public DNS IPv6
    [InlineData("::ffff:145.97.39.155", "NL")]
    public void CountryOf_WellKnownOperators_RegisteredCountry(string ip, string expected)
    {
        database.SkipWhenMissing();
        Assert.Equal(expected, database.Lookup.CountryOf(IPAddress.Parse(ip)));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.12.1")]
    [InlineData("127.0.0.1")]
    [InlineData("fd12::1")]
    public void CountryOf_NotAttributable_Null(string ip)
    {
        database.SkipWhenMissing();
        Assert.Null(database.Lookup.CountryOf(IPAddress.Parse(ip)));
    }

    [Fact]
    public void DatabaseVersion_NamesPackageVersionAndHash()
    {
        database.SkipWhenMissing();
        Assert.True(database.Lookup.IsAvailable);
        Assert.Matches(@"^@ip-location-db/geo-whois-asn-country-mmdb@[0-9.]+ sha256:[0-9a-f]{64}$", database.Lookup.DatabaseVersion);
    }

    [Fact]
    public void Missing_NotAvailableAndNoCountry()
    {
        var lookup = new GeoIpCountryLookup(Path.Combine(Path.GetTempPath(), "no-such-geoip.mmdb"));
        Assert.False(lookup.IsAvailable);
        Assert.Equal("none", lookup.DatabaseVersion);
        Assert.Null(lookup.CountryOf(IPAddress.Parse("8.8.8.8")));
    }

    [Fact]
    public void Table_RandomAddresses_SameAsMaxMindFind()
    {
        database.SkipWhenMissing();
        var table = database.Lookup.Table;
        using var reader = new Reader(database.Path!, FileAccessMode.Memory);
        var random = new Random(20260617);
        var mismatches = new List<string>();
        Span<byte> v6 = stackalloc byte[16];
        for (var i = 0; i < 120_000 && mismatches.Count < 10; i++)
        {
            IPAddress address;
            if (i < 100_000)
            {
                address = new IPAddress((uint)random.NextInt64(0, 1L << 32) & 0xFFFFFFFFL);
            }
            else
            {
                random.NextBytes(v6);
                v6[0] = (byte)(0x20 + random.Next(0, 11)); // allocated global unicast lies in 2000::/12 … 2a00::/8
                address = new IPAddress(v6);
            }

            var expected = reader.Find<Dictionary<string, object>>(address)?.GetValueOrDefault("country_code") as string;
            var actual = table.CountryOf(address);
            if (expected != actual)
            {
                mismatches.Add($"{address}: MaxMind {expected ?? "none"}, table {actual ?? "none"}");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(table.V4Ranges > 10_000 && table.V6Ranges > 1_000, $"{table.V4Ranges} IPv4 and {table.V6Ranges} IPv6 ranges");
    }
}
