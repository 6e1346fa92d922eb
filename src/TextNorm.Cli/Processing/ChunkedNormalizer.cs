using System.Buffers;
using TextNorm.Cli.IO;

namespace TextNorm.Cli.Processing;

/// <summary>
/// Normalizes an input too large to be one document (above <c>--chunk-threshold</c>) in line-aligned chunks, in
/// parallel, writing the results in order. Policy, chosen because such files are dumps of many texts rather than one
/// article: the first chunk gets the full pipeline (its boilerplate is removed and the document's metadata comes from
/// it); the following chunks get every step except boilerplate removal, so no line in the middle of a dump is taken
/// for a headline or a byline. A line longer than a chunk is cut, and the line break the normalizer puts at the end of
/// each chunk is not added at such a cut.
/// </summary>
internal sealed class ChunkedNormalizer
{
    private readonly TextNormalizer _first;
    private readonly TextNormalizer _rest;
    private readonly int _chunkSize;
    private readonly int _threads;

    public ChunkedNormalizer(TextNormalizer normalizer, int chunkSize, int threads)
    {
        _first = normalizer;
        _rest = normalizer.Options.Boilerplate.Enabled
            ? new TextNormalizer(normalizer.Options with { Boilerplate = TextNorm.Boilerplate.BoilerplateOptions.Disabled })
            : normalizer;
        _chunkSize = chunkSize;
        _threads = threads;
    }

    public sealed record Result(DocumentMetadata Metadata, ChangeTotals Changes, long BytesIn, long BytesOut);

    private sealed record ChunkResult(PooledBytes Output, DocumentMetadata Metadata, ChangeReport Changes, int BytesIn);

    /// <param name="onProgress">Called after each chunk is written with the input bytes it held (for the progress display).</param>
    public async Task<Result> RunAsync(DocumentSource source, Stream output, Action<long>? onProgress, CancellationToken cancellationToken)
    {
        var reader = source.CreateChunkReader(_chunkSize);
        var metadata = DocumentMetadata.Empty;
        var changes = new ChangeTotals();
        long bytesIn = 0, bytesOut = 0;
        await OrderedPipeline.RunAsync(
            reader.ReadChunks(),
            NormalizeChunk,
            async chunk =>
            {
                try
                {
                    if (bytesIn == 0) metadata = chunk.Metadata;
                    await output.WriteAsync(chunk.Output.Array.AsMemory(0, chunk.Output.Length), cancellationToken).ConfigureAwait(false);
                    changes.Add(chunk.Changes);
                    bytesIn += chunk.BytesIn;
                    bytesOut += chunk.Output.Length;
                    onProgress?.Invoke(chunk.BytesIn);
                }
                finally
                {
                    chunk.Output.Return();
                }
            },
            chunk => chunk.Output.Return(),
            _threads, cancellationToken).ConfigureAwait(false);
        return new Result(metadata, changes, bytesIn, bytesOut);
    }

    private ChunkResult NormalizeChunk(ByteChunk chunk)
    {
        try
        {
            var normalizer = chunk.Index == 0 ? _first : _rest;
            var document = normalizer.NormalizeDocument(chunk.Span);
            ReadOnlySpan<char> text = document.Text;
            if (chunk.EndsMidLine && text.EndsWith('\n')) text = text[..^1];
            return new ChunkResult(PooledBytes.Utf8(text), document.Metadata, document.Changes, chunk.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk.Buffer);
        }
    }
}
