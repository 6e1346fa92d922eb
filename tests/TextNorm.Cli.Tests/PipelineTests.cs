using System.Text;
using TextNorm.Cli.Jsonl;
using TextNorm.Cli.Processing;

namespace TextNorm.Cli.Tests;

public class PipelineTests
{
    [Fact]
    public async Task Results_come_out_in_input_order_whatever_the_processing_time()
    {
        var seen = new List<int>();
        await OrderedPipeline.RunAsync(Enumerable.Range(0, 500), i =>
        {
            Thread.SpinWait((500 - i) * 200 % 20000);
            return i * 2;
        }, r =>
        {
            seen.Add(r);
            return ValueTask.CompletedTask;
        }, null, threads: 4, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), seen);
    }

    [Fact]
    public async Task The_source_is_read_only_a_bounded_distance_ahead_of_the_consumer()
    {
        var produced = 0;
        var maxAhead = 0;
        var consumed = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 200; i++)
            {
                maxAhead = Math.Max(maxAhead, Interlocked.Increment(ref produced) - Volatile.Read(ref consumed));
                yield return i;
            }
        }
        await OrderedPipeline.RunAsync(Source(), i => i, async _ =>
        {
            await Task.Delay(1);
            Interlocked.Increment(ref consumed);
        }, null, threads: 2, CancellationToken.None);
        Assert.Equal(200, consumed);
        Assert.InRange(maxAhead, 1, 2 * 2 + 2 + 2);
    }

    [Fact]
    public async Task A_failure_in_the_consumer_stops_the_run_and_propagates()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedPipeline.RunAsync(
            Enumerable.Range(0, 10_000), i => i, i => i == 50 ? throw new InvalidOperationException("stop") : ValueTask.CompletedTask,
            null, threads: 3, CancellationToken.None));
        Assert.Equal("stop", ex.Message);
    }

    [Fact]
    public async Task A_failure_in_the_source_propagates_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk gone");
        }
        var seen = new List<int>();
        await Assert.ThrowsAsync<IOException>(() => OrderedPipeline.RunAsync(Source(), i => i, i =>
        {
            seen.Add(i);
            return ValueTask.CompletedTask;
        }, null, threads: 2, CancellationToken.None));
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OrderedPipeline.RunAsync(
            Enumerable.Range(0, 1_000_000), i => i, i =>
            {
                if (i == 100) cts.Cancel();
                return ValueTask.CompletedTask;
            }, null, threads: 2, cts.Token));
    }

    [Fact]
    public void Jsonl_reader_numbers_lines_skips_blank_ones_strips_cr_and_bom_and_marks_oversize_lines()
    {
        var input = Encoding.UTF8.GetBytes("\uFEFF{\"a\":1}\r\n\n   \n{\"b\":2}\n" + new string('x', 100) + "\n{\"c\":3}");
        var reader = new JsonlBatchReader(new MemoryStream(input), maxLineBytes: 50, batchBytes: 16);
        var lines = new List<(long Line, string Text, bool Oversize)>();
        foreach (var batch in reader.ReadBatches())
        {
            foreach (var line in batch.Lines)
                lines.Add((line.LineNumber, Encoding.UTF8.GetString(batch.Span(line)), line.IsOversize));
            batch.Release();
        }
        Assert.Equal([(1L, "{\"a\":1}", false), (4L, "{\"b\":2}", false), (5L, "", true), (6L, "{\"c\":3}", false)], lines);
    }
}
