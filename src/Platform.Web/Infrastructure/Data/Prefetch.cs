using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Platform.Web.Infrastructure.Data;

/// <summary>
/// Runs a CPU-bound producer (parsing a file, building persons) on its own thread, at most <c>capacity</c> items ahead
/// of the consumer that writes them to the database: the client prepares the next batch while the server stores the
/// previous one, instead of each waiting for the other.
/// </summary>
/// <remarks>
/// Items reach the consumer in the producer's order, and the consumer still decides what is committed: a crash loses
/// only items that were never written. An exception in the producer is rethrown to the consumer at the point where
/// the failed item would have arrived; when the consumer stops early (an error, a cancellation) the producer is
/// stopped and awaited before the enumeration ends, so nothing it uses is disposed under it.
/// </remarks>
public static class Prefetch
{
    public static async IAsyncEnumerable<T> AheadAsync<T>(IEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(() => Produce(source, channel.Writer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static void Produce<T>(IEnumerable<T> source, ChannelWriter<T> writer, CancellationToken stop)
    {
        try
        {
            foreach (var item in source)
            {
                // A dedicated thread: blocking here while the consumer catches up costs no pool thread.
                while (!writer.TryWrite(item))
                {
                    if (!writer.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
                    {
                        return;
                    }
                }
            }

            writer.TryComplete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
        }
    }
}
