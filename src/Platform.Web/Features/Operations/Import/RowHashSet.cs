namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// The row hashes an import has staged (<see cref="RowMapper.HashKey"/>), in one flat table with linear probing:
/// 16 bytes a slot, at most three quarters full. The hashes are prefixes of SHA-256, already uniform, so their low
/// bits are the slot. A <c>HashSet&lt;UInt128&gt;</c> took twice the memory per row and grew by copying into new
/// large-object arrays: at 13.7M rows its growth allocated 1 GB, and each growth forced a full collection of a heap
/// holding millions of folded accounts.
/// </summary>
internal sealed class RowHashSet
{
    private const int MinimumSlots = 1 << 10;

    private UInt128[] _slots;
    private bool _holdsZero; // zero marks an empty slot, so the (improbable) zero hash is kept aside

    public RowHashSet(long expected = 0)
    {
        _slots = new UInt128[SlotsFor(expected)];
    }

    public long Count { get; private set; }

    /// <summary>Grows once to hold <paramref name="expected"/> hashes in all, instead of doubling on the way there.</summary>
    public void EnsureCapacity(long expected)
    {
        var slots = SlotsFor(expected);
        if (slots > _slots.Length)
        {
            Resize(slots);
        }
    }

    /// <summary>Adds the hash; false when it was already there.</summary>
    public bool Add(UInt128 hash)
    {
        if (hash == UInt128.Zero)
        {
            if (_holdsZero)
            {
                return false;
            }

            _holdsZero = true;
            Count++;
            return true;
        }

        if ((Count + 1) * 4 > (long)_slots.Length * 3)
        {
            Resize(_slots.Length * 2L);
        }

        if (!Insert(_slots, hash))
        {
            return false;
        }

        Count++;
        return true;
    }

    // The table's length is a power of two: the hash's low bits, masked, are its first slot to try.
    private static bool Insert(UInt128[] slots, UInt128 hash)
    {
        var mask = slots.Length - 1;
        var i = (int)(ulong)hash & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot == UInt128.Zero)
            {
                slots[i] = hash;
                return true;
            }

            if (slot == hash)
            {
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    private void Resize(long slots)
    {
        var larger = new UInt128[checked((int)slots)];
        foreach (var hash in _slots)
        {
            if (hash != UInt128.Zero)
            {
                Insert(larger, hash);
            }
        }

        _slots = larger;
    }

    // The smallest power of two that keeps the table at most three quarters full.
    private static long SlotsFor(long expected)
    {
        var needed = Math.Max(MinimumSlots, (expected * 4 / 3) + 1);
        return (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)needed);
    }
}
