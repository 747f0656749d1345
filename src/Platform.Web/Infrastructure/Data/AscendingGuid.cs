using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.Web.Infrastructure.Data;

/// <summary>
/// UUID version 7 (RFC 9562) that only ever grows within this process: the 74 bits after the millisecond timestamp
/// are a counter that starts at a random value each millisecond (the RFC's "monotonic random", method 3), where
/// <see cref="Guid.CreateVersion7()"/> fills them at random. Rows created in bulk (thousands per millisecond) then
/// append to their primary key's index as PostgreSQL compares uuids, byte by byte, instead of splitting its last pages
/// at random points and leaving them half empty.
/// </summary>
public sealed class AscendingGuid
{
    private const int CounterBits = 74;
    private static readonly UInt128 CounterMask = (UInt128.One << CounterBits) - 1;
    private static readonly AscendingGuid Shared = new();
    private readonly Lock _gate = new();
    private long _lastMs;
    private UInt128 _counter;

    /// <summary>The next id of this process.</summary>
    public static Guid Next() => Shared.NextAt(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    /// <summary>The next id of this generator, at <paramref name="unixMs"/> or, if this generator is already past it, later.</summary>
    internal Guid NextAt(long unixMs)
    {
        long ms;
        UInt128 counter;
        lock (_gate)
        {
            if (unixMs > _lastMs)
            {
                _lastMs = unixMs;
                // The top bit stays clear, so a millisecond's counter has room to count up from its random start.
                _counter = RandomCounter() >> 1;
            }
            else if (++_counter > CounterMask)
            {
                // Within a millisecond (or after the clock went back) ids count on from the last one; an exhausted
                // counter borrows the next millisecond.
                _lastMs++;
                _counter = RandomCounter() >> 1;
            }

            (ms, counter) = (_lastMs, _counter);
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], ms << 16);
        var randA = (ushort)(counter >> 62);
        var randB = (ulong)(counter & ((UInt128.One << 62) - 1));
        bytes[6] = (byte)(0x70 | (randA >> 8));
        bytes[7] = (byte)randA;
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], randB | 0x8000_0000_0000_0000UL);
        return new Guid(bytes, bigEndian: true);
    }

    private static UInt128 RandomCounter()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return BinaryPrimitives.ReadUInt128BigEndian(random) & CounterMask;
    }
}
