using System.Buffers;
using System.Text;
using System.Text.Unicode;
using TextNorm.Cli.IO;
using TextNorm.Conversion;

namespace TextNorm.Cli.Processing;

/// <summary>
/// The I/O path of <c>textnorm convert</c>: large reads cut at line breaks (<see cref="LineChunkReader"/>), each chunk
/// decoded from UTF-8 into a pooled buffer, converted with <see cref="IChineseConverter.Convert(ReadOnlySpan{char}, IBufferWriter{char})"/>
/// (no dictionary entry spans a line break, so chunks convert exactly like the whole), encoded into a pooled buffer and
/// written in one call. Chunks are converted in parallel and written in order. Nothing but the script changes: a BOM
/// and line endings pass through; invalid UTF-8 becomes U+FFFD and is reported.
/// </summary>
internal sealed class StreamConverter
{
    private readonly IChineseConverter _converter;
    private readonly int _chunkSize;
    private readonly int _threads;

    public StreamConverter(IChineseConverter converter, int chunkSize, int threads)
    {
        _converter = converter;
        _chunkSize = chunkSize;
        _threads = threads;
    }

    public sealed record Result(long BytesIn, long BytesOut, bool HadInvalidUtf8);

    private readonly record struct Converted(PooledBytes Output, int BytesIn, bool Invalid);

    public async Task<Result> RunAsync(Stream input, Stream output, Action<long>? onProgress, CancellationToken cancellationToken)
    {
        var reader = new LineChunkReader(null, 0, input, _chunkSize);
        long bytesIn = 0, bytesOut = 0;
        var invalid = false;
        using var writers = new ThreadLocal<PooledBufferWriter<char>>(() => new PooledBufferWriter<char>(1 << 16), trackAllValues: true);
        try
        {
            await OrderedPipeline.RunAsync(
                reader.ReadChunks(),
                chunk => Convert(chunk, writers.Value!),
                async converted =>
                {
                    try
                    {
                        await output.WriteAsync(converted.Output.Array.AsMemory(0, converted.Output.Length), cancellationToken).ConfigureAwait(false);
                        bytesIn += converted.BytesIn;
                        bytesOut += converted.Output.Length;
                        invalid |= converted.Invalid;
                        onProgress?.Invoke(converted.BytesIn);
                    }
                    finally
                    {
                        converted.Output.Return();
                    }
                },
                converted => converted.Output.Return(),
                _threads, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var writer in writers.Values) writer.Dispose();
        }
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new Result(bytesIn, bytesOut, invalid);
    }

    private Converted Convert(ByteChunk chunk, PooledBufferWriter<char> converted)
    {
        var chars = ArrayPool<char>.Shared.Rent(chunk.Length + 1);
        try
        {
            var bytes = chunk.Span;
            var invalid = !Utf8.IsValid(bytes);
            var count = Encoding.UTF8.GetChars(bytes, chars);
            converted.Clear();
            _converter.Convert(chars.AsSpan(0, count), converted);
            return new Converted(PooledBytes.Utf8(converted.WrittenSpan), chunk.Length, invalid);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(chunk.Buffer);
        }
    }
}
