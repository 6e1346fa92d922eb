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

    /// <summary>Returns at most <c>chunk</c> bytes per read, like a pipe, so that lines arrive in pieces.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }

    private static List<(long Line, string Text, bool Oversize, bool Raw)> ReadAll(JsonlBatchReader reader, out int largestBatch)
    {
        var lines = new List<(long, string, bool, bool)>();
        largestBatch = 0;
        foreach (var batch in reader.ReadBatches())
        {
            largestBatch = Math.Max(largestBatch, batch.Used);
            foreach (var line in batch.Lines)
                lines.Add((line.LineNumber, Encoding.UTF8.GetString(batch.Span(line)), line.IsOversize, line.IsRawPiece));
            batch.Release();
        }
        return lines;
    }

    [Fact]
    public void Jsonl_reader_keeping_oversize_lines_passes_them_on_in_order_in_bounded_pieces()
    {
        var huge = "{\"t\":\"" + new string('y', 5000) + "\"}";
        var input = Encoding.UTF8.GetBytes("{\"a\":1}\n" + huge + "\n{\"c\":3}\n" + huge);
        var reader = new JsonlBatchReader(new TrickleStream(input, 7), maxLineBytes: 50, batchBytes: 64, keepOversize: true);
        var lines = ReadAll(reader, out var largestBatch);

        Assert.Equal((1L, "{\"a\":1}", false, false), lines[0]);
        // Line 2: its pieces, joined, are the line byte for byte; then one oversize entry stands for the record.
        var second = lines.Skip(1).TakeWhile(l => l.Raw).ToList();
        Assert.True(second.Count > 1);
        Assert.All(second, l => Assert.Equal(2L, l.Line));
        Assert.Equal(huge, string.Concat(second.Select(l => l.Text)));
        Assert.Equal((2L, "", true, false), lines[1 + second.Count]);
        Assert.Equal((3L, "{\"c\":3}", false, false), lines[2 + second.Count]);
        // The last line has no line break and is over the limit too.
        var fourth = lines.Skip(3 + second.Count).TakeWhile(l => l.Raw).ToList();
        Assert.Equal(huge, string.Concat(fourth.Select(l => l.Text)));
        Assert.Equal((4L, "", true, false), lines[^1]);
        Assert.Equal(4 + second.Count + fourth.Count, lines.Count);
        // Never the whole line in one batch: at most the limit gathered before it proved too long, plus a batch.
        Assert.True(largestBatch <= 50 + 64, $"largest batch {largestBatch} bytes");
    }

    [Fact]
    public void Jsonl_reader_without_keeping_passes_no_piece_of_an_oversize_line()
    {
        var input = Encoding.UTF8.GetBytes("{\"a\":1}\n" + new string('x', 3000) + "\n{\"c\":3}\n");
        var lines = ReadAll(new JsonlBatchReader(new TrickleStream(input, 7), maxLineBytes: 50, batchBytes: 64), out _);
        Assert.Equal([(1L, "{\"a\":1}", false, false), (2L, "", true, false), (3L, "{\"c\":3}", false, false)], lines);
    }
}
