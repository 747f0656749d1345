using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure.Data;

public sealed class PrefetchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AheadAsync_SlowConsumer_GetsEveryItemInOrderAndTheProducerStaysWithinCapacity()
    {
        var produced = 0;
        var consumed = new List<int>();
        var maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 50; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        await foreach (var item in Prefetch.AheadAsync(Source(), 2, Ct))
        {
            await Task.Delay(2, Ct);
            consumed.Add(item);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - consumed.Count);
        }

        Assert.Equal(Enumerable.Range(0, 50), consumed);
        // Two items waiting in the queue plus the one the producer holds while it waits for room.
        Assert.InRange(maxAhead, 0, 3);
    }

    [Fact]
    public async Task AheadAsync_ProducerFails_ItemsBeforeTheFailureArriveThenTheSameExceptionIsThrown()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("line 3 is broken");
        }

        var consumed = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in Prefetch.AheadAsync(Source(), 2, Ct))
            {
                consumed.Add(item);
            }
        });

        Assert.Equal([1, 2], consumed);
        Assert.Equal("line 3 is broken", error.Message);
    }

    [Fact]
    public async Task AheadAsync_ConsumerStopsEarly_ProducerIsStoppedAndDisposedBeforeTheLoopEnds()
    {
        var disposed = false;
        IEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        await foreach (var item in Prefetch.AheadAsync(Endless(), 2, Ct))
        {
            if (item == 3)
            {
                break;
            }
        }

        Assert.True(disposed);
    }
}
