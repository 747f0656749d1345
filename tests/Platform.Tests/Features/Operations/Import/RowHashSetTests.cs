using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>The row-hash set must answer exactly as a <see cref="HashSet{T}"/> does, whatever the hashes collide on.</summary>
public sealed class RowHashSetTests
{
    // Few distinct low bits and high bits: hashes collide in their slot, clusters run past the table's end, and zero occurs.
    private static Gen<UInt128> CollidingHash() =>
        Gen.Zip(Gen.Choose(0, 3), Gen.Elements(0UL, 1UL, 2UL, 1023UL, 1024UL, 2047UL, ulong.MaxValue))
            .Select(t => new UInt128((ulong)t.Item1, t.Item2));

    [Property(MaxTest = 500)]
    public Property Add_AnySequence_AnswersAsHashSetDoes() =>
        Prop.ForAll(
            Gen.ListOf(CollidingHash()).ToArbitrary(),
            Gen.Choose(0, 3000).ToArbitrary(),
            (hashes, expected) =>
            {
                var set = new RowHashSet();
                var reference = new HashSet<UInt128>();
                var i = 0;
                foreach (var hash in hashes)
                {
                    if (i++ == hashes.Count / 2)
                    {
                        set.EnsureCapacity(expected);
                    }

                    if (set.Add(hash) != reference.Add(hash))
                    {
                        return false;
                    }
                }

                return set.Count == reference.Count;
            });

    [Fact]
    public void Add_ManyRandomHashesThroughSeveralResizes_KeepsEveryOne()
    {
        var random = new Random(7);
        var hashes = Enumerable.Range(0, 20_000).Select(_ => new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64())).ToArray();
        var set = new RowHashSet();

        Assert.All(hashes, h => Assert.True(set.Add(h)));
        Assert.All(hashes, h => Assert.False(set.Add(h)));
        Assert.Equal(20_000, set.Count);
    }

    [Fact]
    public void EnsureCapacity_AfterAdds_KeepsThemAndStillFindsDuplicates()
    {
        var set = new RowHashSet(10);
        Assert.True(set.Add(UInt128.Zero));
        Assert.True(set.Add(5));
        set.EnsureCapacity(100_000);

        Assert.False(set.Add(UInt128.Zero));
        Assert.False(set.Add(5));
        Assert.True(set.Add(6));
        Assert.Equal(3, set.Count);
    }
}
