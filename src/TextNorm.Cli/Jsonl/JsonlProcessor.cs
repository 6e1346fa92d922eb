using System.Buffers;
using TextNorm.Cli.Commands;
using TextNorm.Cli.IO;
using TextNorm.Cli.Processing;

namespace TextNorm.Cli.Jsonl;

/// <summary>
/// Normalizes one JSON Lines stream: batches of lines are rewritten in parallel and written in input order, one record
/// per line, flushing after every batch so the command works as a streaming filter. Counting holds for every input:
/// records in = records out (normalized + kept unchanged) + records dropped; every record not normalized is reported
/// with its line number.
/// </summary>
internal sealed class JsonlProcessor
{
    private readonly TextNormalizer _normalizer;
    private readonly string _field;
    private readonly OnError _onError;
    private readonly long _maxLineBytes;
    private readonly int _threads;
    private readonly RunContext _context;

    public JsonlProcessor(TextNormalizer normalizer, string field, OnError onError, long maxLineBytes, int threads, RunContext context)
    {
        _normalizer = normalizer;
        _field = field;
        _onError = onError;
        _maxLineBytes = maxLineBytes;
        _threads = threads;
        _context = context;
    }

    private enum Outcome { Normalized, Kept, Dropped, RawPiece }

    private readonly record struct RecordResult(Outcome Outcome, long Line, int InputLength, int OutputEnd, string? Problem, ChangeReport? Changes);

    private sealed record BatchResult(byte[] Output, int OutputLength, RecordResult[] Records);

    public async Task RunAsync(Stream input, string display, Stream output)
    {
        _context.Stats.HasRecords = true;
        var reader = new JsonlBatchReader(input, _maxLineBytes, keepOversize: _onError == OnError.Keep);
        using var rewriters = new ThreadLocal<JsonlRecordRewriter>(() => new JsonlRecordRewriter(_normalizer, _field), trackAllValues: true);
        try
        {
            await OrderedPipeline.RunAsync(
                reader.ReadBatches(),
                batch => Process(batch, rewriters.Value!),
                result => Consume(result, display, output),
                discard: result => ArrayPool<byte>.Shared.Return(result.Output),
                _threads, _context.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            foreach (var rewriter in rewriters.Values) rewriter.Dispose();
        }
    }

    private BatchResult Process(JsonlBatch batch, JsonlRecordRewriter rewriter)
    {
        var output = new PooledBufferWriter<byte>(batch.Used + batch.Used / 2 + 4096);
        var records = new RecordResult[batch.Lines.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var line = batch.Lines[i];
            var bytes = batch.Span(line);
            if (line.IsRawPiece)
            {
                bytes.CopyTo(output.GetSpan(bytes.Length));
                output.Advance(bytes.Length);
                records[i] = new RecordResult(Outcome.RawPiece, line.LineNumber, bytes.Length, output.WrittenCount, null, null);
                continue;
            }
            if (line.IsOversize)
            {
                var tooLong = $"line longer than the limit of {_maxLineBytes} bytes ({line.OversizeLength} bytes; see --max-line-bytes)";
                if (_onError == OnError.Keep)
                {
                    // Its bytes went out just before, as raw pieces: end the line.
                    output.GetSpan(1)[0] = (byte)'\n';
                    output.Advance(1);
                    records[i] = new RecordResult(Outcome.Kept, line.LineNumber, 1, output.WrittenCount, tooLong + ", kept unchanged", null);
                }
                else
                {
                    records[i] = new RecordResult(Outcome.Dropped, line.LineNumber, 0, output.WrittenCount, tooLong + ", dropped", null);
                }
                continue;
            }
            string? problem;
            NormalizedDocument? document;
            try
            {
                problem = rewriter.TryRewrite(bytes, output, out document);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect in a step must not take the corpus down: the record is reported like a bad one.
                (problem, document) = ($"could not be normalized ({e.GetType().Name}: {e.Message})", null);
            }
            if (problem is null)
            {
                records[i] = new RecordResult(Outcome.Normalized, line.LineNumber, line.Length + 1, output.WrittenCount, null, document!.Changes);
            }
            else if (_onError == OnError.Keep)
            {
                bytes.CopyTo(output.GetSpan(bytes.Length + 1));
                output.Advance(bytes.Length);
                output.GetSpan(1)[0] = (byte)'\n';
                output.Advance(1);
                records[i] = new RecordResult(Outcome.Kept, line.LineNumber, line.Length + 1, output.WrittenCount, problem + " (kept unchanged)", null);
            }
            else
            {
                records[i] = new RecordResult(Outcome.Dropped, line.LineNumber, line.Length + 1, output.WrittenCount,
                    problem + (_onError == OnError.Skip ? " (dropped)" : ""), null);
            }
        }
        batch.Release();
        var (array, length) = output.Detach();
        return new BatchResult(array, length, records);
    }

    private async ValueTask Consume(BatchResult result, string display, Stream output)
    {
        try
        {
            var stats = _context.Stats;
            var written = 0;
            foreach (var record in result.Records)
            {
                var outputLength = record.OutputEnd - written;
                written = record.OutputEnd;
                switch (record.Outcome)
                {
                    case Outcome.Normalized:
                        stats.AddRecordNormalized();
                        stats.AddDocument(record.InputLength, outputLength, record.Changes!);
                        _context.Details?.Add(display, record.Line, record.InputLength, outputLength, record.Changes!);
                        break;
                    case Outcome.RawPiece:
                        stats.AddBytes(record.InputLength, outputLength);
                        break;
                    case Outcome.Kept:
                        stats.AddRecordKept();
                        stats.AddBytes(record.InputLength, outputLength);
                        _context.Fail(display, record.Problem!, record.Line);
                        break;
                    default:
                        stats.AddRecordDropped();
                        stats.AddBytes(record.InputLength, 0);
                        _context.Fail(display, record.Problem!, record.Line);
                        if (_onError == OnError.Fail)
                        {
                            await output.WriteAsync(result.Output.AsMemory(0, written), _context.Cancellation).ConfigureAwait(false);
                            await output.FlushAsync(_context.Cancellation).ConfigureAwait(false);
                            throw new StopRunException();
                        }
                        break;
                }
            }
            await output.WriteAsync(result.Output.AsMemory(0, result.OutputLength), _context.Cancellation).ConfigureAwait(false);
            await output.FlushAsync(_context.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(result.Output);
        }
    }
}
