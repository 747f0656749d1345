using System.Buffers.Binary;
using System.Net;
using System.Numerics;
using MaxMind.Db;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// The whole IP → country database as sorted, merged address ranges in flat arrays (IPv4 as uint, IPv6 as UInt128),
/// built once from MaxMind.Db's network enumeration. A lookup is a binary search without allocation or decoding;
/// IPv4 searches are narrowed by a 65,536-entry index on the first 16 bits.
/// </summary>
public sealed class IpCountryTable
{
    private readonly uint[] _v4Starts;
    private readonly uint[] _v4Ends;
    private readonly byte[] _v4Countries;
    private readonly int[] _v4Index;
    private readonly UInt128[] _v6Starts;
    private readonly UInt128[] _v6Ends;
    private readonly byte[] _v6Countries;
    private readonly string[] _countries;

    private IpCountryTable(List<(uint Start, uint End, byte Country)> v4, List<(UInt128 Start, UInt128 End, byte Country)> v6, string[] countries)
    {
        _v4Starts = [.. v4.Select(r => r.Start)];
        _v4Ends = [.. v4.Select(r => r.End)];
        _v4Countries = [.. v4.Select(r => r.Country)];
        _v6Starts = [.. v6.Select(r => r.Start)];
        _v6Ends = [.. v6.Select(r => r.End)];
        _v6Countries = [.. v6.Select(r => r.Country)];
        _countries = countries;
        // _v4Index[h] = first range whose end is in block h or later, so a search for an address of block h starts there.
        _v4Index = new int[65537];
        var range = 0;
        for (var block = 0; block <= 65536; block++)
        {
            while (range < _v4Ends.Length && block < 65536 && _v4Ends[range] >> 16 < (uint)block)
            {
                range++;
            }

            _v4Index[block] = block == 65536 ? _v4Ends.Length : range;
        }
    }

    public int V4Ranges => _v4Starts.Length;

    public int V6Ranges => _v6Starts.Length;

    public static IpCountryTable Load(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var codes = new Dictionary<string, byte>(StringComparer.Ordinal);
        var countries = new List<string>();
        var v4 = new List<(uint Start, uint End, byte Country)>();
        var v6 = new List<(UInt128 Start, UInt128 End, byte Country)>();
        var ipv6Tree = reader.Metadata.IPVersion == 6;
        foreach (var node in reader.FindAll<Dictionary<string, object>>())
        {
            if (node.Data is null || !node.Data.TryGetValue("country_code", out var value) || value is not string code || code.Length != 2)
            {
                continue;
            }

            if (!codes.TryGetValue(code, out var id))
            {
                id = (byte)countries.Count;
                codes[code] = id;
                countries.Add(code);
            }

            var bytes = node.Start.GetAddressBytes();
            if (bytes.Length == 4 || (ipv6Tree && node.PrefixLength >= 96 && IsV4Subtree(bytes)))
            {
                var start = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(bytes.Length - 4));
                var prefix = bytes.Length == 4 ? node.PrefixLength : node.PrefixLength - 96;
                // Shift counts are taken modulo the width in C#: a /32 (or /128) must be handled, not shifted.
                Append(v4, start, prefix >= 32 ? start : start | (uint.MaxValue >> prefix), id);
            }
            else if (bytes.Length == 16 && !IsV4Alias(bytes))
            {
                var start = BinaryPrimitives.ReadUInt128BigEndian(bytes);
                Append(v6, start, node.PrefixLength >= 128 ? start : start | (UInt128.MaxValue >> node.PrefixLength), id);
            }
        }

        v4.Sort((a, b) => a.Start.CompareTo(b.Start));
        v6.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new IpCountryTable(Merge(v4), Merge(v6), [.. countries]);
    }

    public string? CountryOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return null;
        }

        if (written == 4)
        {
            return CountryOfV4(BinaryPrimitives.ReadUInt32BigEndian(bytes));
        }

        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return address.IsIPv4MappedToIPv6 ? CountryOfV4((uint)value) : CountryOfV6(value);
    }

    public string? CountryOfV4(uint address)
    {
        var block = (int)(address >> 16);
        var low = _v4Index[block];
        var high = _v4Index[block + 1 < 65536 ? block + 1 : 65536];
        high = Math.Min(high + 1, _v4Starts.Length) - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_v4Ends[mid] < address)
            {
                low = mid + 1;
            }
            else if (_v4Starts[mid] > address)
            {
                high = mid - 1;
            }
            else
            {
                return _countries[_v4Countries[mid]];
            }
        }

        return null;
    }

    public string? CountryOfV6(UInt128 address)
    {
        var low = 0;
        var high = _v6Starts.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_v6Ends[mid] < address)
            {
                low = mid + 1;
            }
            else if (_v6Starts[mid] > address)
            {
                high = mid - 1;
            }
            else
            {
                return _countries[_v6Countries[mid]];
            }
        }

        return null;
    }

    // ::/96 holds the IPv4 tree in an IPv6 database; ::ffff:0:0/96 and 2002::/16 (6to4) are aliases of it.
    private static bool IsV4Subtree(byte[] bytes) => bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;

    private static bool IsV4Alias(byte[] bytes) =>
        (bytes.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && bytes[10] == 0xff && bytes[11] == 0xff) || (bytes[0] == 0x20 && bytes[1] == 0x02);

    private static void Append<T>(List<(T Start, T End, byte Country)> ranges, T start, T end, byte country) => ranges.Add((start, end, country));

    private static List<(T Start, T End, byte Country)> Merge<T>(List<(T Start, T End, byte Country)> sorted)
        where T : IBinaryInteger<T>
    {
        var merged = new List<(T Start, T End, byte Country)>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                // The IPv4 tree is reachable through alias subtrees too: the same network may be listed twice.
                continue;
            }

            if (merged.Count > 0 && merged[^1].Country == range.Country && merged[^1].End != T.AllBitsSet && merged[^1].End + T.One == range.Start)
            {
                merged[^1] = (merged[^1].Start, range.End, range.Country);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
