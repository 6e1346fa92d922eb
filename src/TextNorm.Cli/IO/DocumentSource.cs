using System.Buffers;

namespace TextNorm.Cli.IO;

/// <summary>
/// The bytes of one input as the normalizer needs them: small inputs whole (one document), inputs above the chunking
/// threshold as a <see cref="LineChunkReader"/> over the stream, so that no input is ever held in memory at once.
/// Works for files, pipes and standard input alike (the size of a pipe is learned by reading it).
/// </summary>
internal sealed class DocumentSource : IDisposable
{
    private byte[]? _buffer;

    private DocumentSource(byte[] buffer, int length, bool isLarge, Stream stream)
    {
        _buffer = buffer;
        Length = length;
        IsLarge = isLarge;
        Stream = stream;
    }

    /// <summary>True when the input is larger than the threshold and must be read with <see cref="CreateChunkReader"/>.</summary>
    public bool IsLarge { get; }

    /// <summary>The whole input (when not <see cref="IsLarge"/>) or the bytes read so far (when large).</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    public int Length { get; }

    private Stream Stream { get; }

    /// <summary>Reads the input up to <paramref name="threshold"/> bytes; beyond that it is a large input.</summary>
    public static DocumentSource Read(Stream stream, long threshold)
    {
        var limit = (int)Math.Min(threshold, Array.MaxLength - 1);
        long known = -1;
        if (stream.CanSeek)
        {
            try
            {
                known = stream.Length - stream.Position;
            }
            catch (NotSupportedException) { }
        }
        if (known > limit)
        {
            // Large and its size is known: read only a sample (binary detection, encoding of the first chunk).
            var sample = ArrayPool<byte>.Shared.Rent(BinarySniffer.SampleSize);
            var n = stream.ReadAtLeast(sample.AsSpan(0, BinarySniffer.SampleSize), BinarySniffer.SampleSize, throwOnEndOfStream: false);
            return new DocumentSource(sample, n, isLarge: true, stream);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(known >= 0 ? (int)known + 1 : 64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) return new DocumentSource(buffer, length, isLarge: true, stream);
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var n = stream.Read(buffer, length, buffer.Length - length);
                if (n == 0) return new DocumentSource(buffer, length, isLarge: false, stream);
                length += n;
                if (length > limit) return new DocumentSource(buffer, length, isLarge: true, stream);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A chunk reader over the bytes read so far followed by the rest of the stream.</summary>
    public LineChunkReader CreateChunkReader(int chunkSize) => new(_buffer, Length, Stream, chunkSize);

    public void Dispose()
    {
        if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
