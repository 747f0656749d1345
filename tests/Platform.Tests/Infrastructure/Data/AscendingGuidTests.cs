using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure.Data;

public sealed class AscendingGuidTests
{
    [Fact]
    public void Next_ManyInOneMillisecond_StrictlyAscendingInByteOrder()
    {
        var generator = new AscendingGuid();
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = Enumerable.Range(0, 10_000).Select(_ => generator.NextAt(ms)).ToList();

        for (var i = 1; i < ids.Count; i++)
        {
            // PostgreSQL compares uuids as their 16 bytes in big-endian order.
            Assert.True(Compare(ids[i - 1], ids[i]) < 0, $"{ids[i - 1]} then {ids[i]}");
        }
    }

    [Fact]
    public void Next_Always_Version7WithTimestampAndRfcVariant()
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var bytes = new AscendingGuid().NextAt(ms).ToByteArray(bigEndian: true);

        Assert.Equal(7, bytes[6] >> 4);
        Assert.Equal(0b10, bytes[8] >> 6);
        Assert.Equal(ms, (long)Convert.ToUInt64(Convert.ToHexString(bytes[..6]), 16));
    }

    [Fact]
    public void Next_ClockGoesBack_StillAscending()
    {
        var generator = new AscendingGuid();
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var later = generator.NextAt(ms);

        var earlier = generator.NextAt(ms - 1_000);

        Assert.True(Compare(later, earlier) < 0);
    }

    [Fact]
    public void Next_ConcurrentCallers_AllDistinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 20_000, _ => ids.Add(AscendingGuid.Next()));

        Assert.Equal(20_000, ids.Distinct().Count());
    }

    private static int Compare(Guid a, Guid b) => a.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(b.ToByteArray(bigEndian: true));
}
