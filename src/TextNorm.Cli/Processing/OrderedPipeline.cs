using System.Threading.Channels;

namespace TextNorm.Cli.Processing;

/// <summary>
/// Processes a stream of items on several threads and hands the results to one consumer in the original order.
/// Memory stays bounded: at most <c>capacity</c> items are read ahead of the consumer (the source is pulled lazily on
/// its own thread, so reading overlaps processing even with one worker, and a read blocked on a pipe cannot hold up
/// cancellation). The consumer runs on the caller's flow, so it may write to a stream without locking.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>How many items may be read ahead of the consumer with <paramref name="threads"/> workers.</summary>
    internal static int Capacity(int threads) => Math.Max(1, threads) * 2 + 2;

    /// <param name="source">Pulled lazily, on a background thread when <paramref name="threads"/> &gt; 1.</param>
    /// <param name="process">Pure work on one item; runs concurrently on up to <paramref name="threads"/> threads.</param>
    /// <param name="consume">Receives results one at a time, in source order.</param>
    /// <param name="discard">Releases a result that will never be consumed (the run stopped early); may be null.</param>
    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> process, Func<TOut, ValueTask> consume, Action<TOut>? discard,
        int threads, CancellationToken cancellationToken)
    {
        threads = Math.Max(1, threads);
        // Workers, the reader and the consumer all run on the thread pool: make sure it has room for them at once,
        // instead of waiting for its slow thread injection (only ever raised, never lowered).
        ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
        if (minWorkers < threads + 4) ThreadPool.SetMinThreads(threads + 4, minIo);
        var capacity = Capacity(threads);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var work = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Result)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = false });
        var order = Channel.CreateBounded<TaskCompletionSource<TOut>>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });

        var producer = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                foreach (var item in source)
                {
                    token.ThrowIfCancellationRequested();
                    var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await order.Writer.WriteAsync(result, token).ConfigureAwait(false);
                    await work.Writer.WriteAsync((item, result), token).ConfigureAwait(false);
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                work.Writer.TryComplete();
                order.Writer.TryComplete(failure);
            }
        }, CancellationToken.None);

        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                try
                {
                    while (await work.Reader.WaitToReadAsync(token).ConfigureAwait(false))
                    {
                        while (work.Reader.TryRead(out var job))
                        {
                            if (token.IsCancellationRequested)
                            {
                                job.Result.TrySetCanceled(token);
                                continue;
                            }
                            try
                            {
                                job.Result.TrySetResult(process(job.Item));
                            }
                            catch (Exception e)
                            {
                                job.Result.TrySetException(e);
                            }
                        }
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // The run stopped; the producer may never complete the channel (blocked on a pipe).
                }
            }, CancellationToken.None);
        }

        try
        {
            while (await order.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (order.Reader.TryRead(out var pending))
                {
                    var result = await pending.Task.WaitAsync(token).ConfigureAwait(false);
                    await consume(result).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false); // unblocks a producer waiting for room if the consumer failed
            await Task.WhenAll(workers).ConfigureAwait(false);
            // The producer may be blocked in a read from a pipe that never ends; it is abandoned, not awaited, when the
            // run stops early (it only ever touches the channels).
            if (producer.IsCompleted) await producer.ConfigureAwait(false);
            // Release what was produced but not consumed.
            while (order.Reader.TryRead(out var left))
            {
                if (discard is not null && left.Task.IsCompletedSuccessfully) discard(left.Task.Result);
            }
        }
    }
}
