using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Address ranges that cannot point to a country: private (RFC 1918), carrier-grade NAT (100.64.0.0/10, shared by
/// many subscribers of one ISP), loopback, link-local, documentation, benchmarking, multicast and reserved space, and
/// for IPv6 everything outside global unicast plus the transition ranges (6to4, Teredo, NAT64) that embed or hide
/// another address.
/// </summary>
public static class IpRanges
{
    private static readonly (uint Network, int Prefix)[] V4NotAttributable =
    [
        (0x00000000, 8), (0x0A000000, 8), (0x64400000, 10), (0x7F000000, 8), (0xA9FE0000, 16), (0xAC100000, 12),
        (0xC0000000, 24), (0xC0000200, 24), (0xC0A80000, 16), (0xC6120000, 15), (0xC6336400, 24), (0xCB007100, 24),
        (0xE0000000, 4), (0xF0000000, 4),
    ];

    public static bool IsAttributable(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork && written == 4)
        {
            var v4 = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            return !V4NotAttributable.Any(r => (v4 & Mask(r.Prefix)) == r.Network);
        }

        var high = BinaryPrimitives.ReadUInt16BigEndian(bytes);
        var second = BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]);
        var globalUnicast = (high & 0xE000) == 0x2000;
        var documentation = high == 0x2001 && second == 0x0db8;
        var teredo = high == 0x2001 && second == 0x0000;
        var sixToFour = high == 0x2002;
        return globalUnicast && !documentation && !teredo && !sixToFour;
    }

    private static uint Mask(int prefix) => prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
}
