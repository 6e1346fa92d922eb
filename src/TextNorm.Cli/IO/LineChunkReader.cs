using System.Buffers;

namespace TextNorm.Cli.IO;

/// <summary>How line breaks look in the bytes being cut into chunks.</summary>
internal enum LineBreakLayout
{
    /// <summary>A <c>0x0A</c> byte. True for UTF-8, GBK, GB18030 and Big5, where 0x0A is never part of a multi-byte character.</summary>
    SingleByte,
    /// <summary>UTF-16 little-endian (file starts with <c>FF FE</c>): <c>0A 00</c> at an even offset.</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big-endian (file starts with <c>FE FF</c>): <c>00 0A</c> at an even offset.</summary>
    Utf16BigEndian,
}

/// <summary>
/// Cuts a stream into chunks of about <c>chunkSize</c> bytes that end at a line break, so each can be processed on its
/// own and in parallel while memory stays bounded. A line longer than a chunk is cut at a byte that cannot be inside a
/// character (an ASCII byte below <c>0x30</c>, else a UTF-8 character boundary) and the chunk is marked
/// <see cref="ByteChunk.EndsMidLine"/>. For UTF-16 every chunk after the first starts with the byte order mark again,
/// so each chunk decodes the same way on its own.
/// </summary>
internal sealed class LineChunkReader
{
    private readonly byte[]? _prefix;
    private readonly int _prefixLength;
    private readonly Stream _stream;
    private readonly int _chunkSize;
    private int _prefixRead;

    /// <param name="prefix">Bytes already read from the start of the input (may be null); this reader does not return it to the pool.</param>
    /// <param name="prefixLength">How many bytes of <paramref name="prefix"/> are valid.</param>
    /// <param name="stream">The rest of the input.</param>
    /// <param name="chunkSize">Target chunk size in bytes.</param>
    public LineChunkReader(byte[]? prefix, int prefixLength, Stream stream, int chunkSize)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
        _stream = stream;
        _chunkSize = Math.Max(chunkSize, 16);
        var head = prefix is null ? [] : prefix.AsSpan(0, Math.Min(prefixLength, 2));
        Layout = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? LineBreakLayout.Utf16LittleEndian
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? LineBreakLayout.Utf16BigEndian
            : LineBreakLayout.SingleByte;
    }

    public LineBreakLayout Layout { get; }

    /// <summary>Total bytes read so far (for progress).</summary>
    public long BytesRead { get; private set; }

    public IEnumerable<ByteChunk> ReadChunks()
    {
        var header = Layout == LineBreakLayout.SingleByte ? 0 : 2;
        var buffer = ArrayPool<byte>.Shared.Rent(_chunkSize);
        var filled = 0;
        var start = 0; // the first chunk carries its own BOM in the data
        var index = 0;
        try
        {
            while (true)
            {
                var eof = false;
                while (filled < _chunkSize)
                {
                    var n = Read(buffer.AsSpan(filled, _chunkSize - filled));
                    if (n == 0)
                    {
                        eof = true;
                        break;
                    }
                    filled += n;
                }
                if (eof)
                {
                    if (filled > start)
                    {
                        var last = buffer;
                        buffer = null;
                        yield return new ByteChunk(last, filled, index, EndsMidLine: false);
                    }
                    yield break;
                }
                var (cut, midLine) = FindCut(buffer.AsSpan(start, filled - start));
                cut += start;
                var next = ArrayPool<byte>.Shared.Rent(_chunkSize);
                if (header > 0)
                {
                    next[0] = Layout == LineBreakLayout.Utf16LittleEndian ? (byte)0xFF : (byte)0xFE;
                    next[1] = Layout == LineBreakLayout.Utf16LittleEndian ? (byte)0xFE : (byte)0xFF;
                }
                buffer.AsSpan(cut, filled - cut).CopyTo(next.AsSpan(header));
                var chunk = new ByteChunk(buffer, cut, index++, midLine);
                filled = header + filled - cut;
                start = header;
                buffer = next;
                yield return chunk;
            }
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int Read(Span<byte> destination)
    {
        if (_prefix is not null && _prefixRead < _prefixLength)
        {
            var n = Math.Min(destination.Length, _prefixLength - _prefixRead);
            _prefix.AsSpan(_prefixRead, n).CopyTo(destination);
            _prefixRead += n;
            BytesRead += n;
            return n;
        }
        var read = _stream.Read(destination);
        BytesRead += read;
        return read;
    }

    /// <summary>
    /// Where to end a chunk within <paramref name="data"/>: just after its last line break. A line longer than a chunk
    /// is cut between two Han characters when one such pair is near the end (no rule of the normalizer looks across
    /// such a point: no space, punctuation or annotation is split), else after a byte that cannot be inside a character.
    /// A cut is never at the very end of the data, so the next chunk does not begin with the line break itself.
    /// </summary>
    private (int Cut, bool MidLine) FindCut(ReadOnlySpan<byte> data)
    {
        const int SearchWindow = 1 << 16;
        var floor = Math.Max(1, data.Length - SearchWindow);
        if (Layout == LineBreakLayout.SingleByte)
        {
            var newline = data.LastIndexOf((byte)'\n');
            if (newline >= 0) return (newline + 1, false);
            for (var i = data.Length - 3; i >= Math.Max(3, floor); i--)
            {
                if (IsUtf8Han(data, i) && IsUtf8Han(data, i - 3)) return (i, true);
            }
            // An ASCII byte below '0' never occurs inside a character in UTF-8, GBK, GB18030 or Big5 (their trail
            // bytes are 0x30 and above); prefer punctuation to a space, which the normalizer would trim at the cut.
            for (var i = data.Length - 2; i >= floor - 1; i--)
            {
                if (data[i] < 0x30 && data[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return (i + 1, true);
            }
            for (var i = data.Length - 1; i > 0; i--)
            {
                if ((data[i] & 0xC0) != 0x80) return (i, true); // before a UTF-8 lead byte
            }
            return (data.Length, true);
        }
        var little = Layout == LineBreakLayout.Utf16LittleEndian;
        var even = data.Length & ~1;
        for (var i = even - 2; i >= 0; i -= 2)
        {
            if (Unit(data, i, little) == '\n') return (i + 2, false);
        }
        for (var i = even - 2; i >= Math.Max(2, floor & ~1); i -= 2)
        {
            if (IsHan(Unit(data, i, little)) && IsHan(Unit(data, i - 2, little))) return (i, true);
        }
        for (var i = even - 2; i >= 2; i -= 2)
        {
            if (!char.IsHighSurrogate(Unit(data, i - 2, little))) return (i, true);
        }
        return (even > 0 ? even : data.Length, true);
    }

    private static char Unit(ReadOnlySpan<byte> data, int i, bool little) =>
        (char)(little ? data[i] | data[i + 1] << 8 : data[i] << 8 | data[i + 1]);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>True when a UTF-8 sequence for U+4E00–U+9FFF (lead byte E4–E9) starts at <paramref name="i"/>.</summary>
    private static bool IsUtf8Han(ReadOnlySpan<byte> data, int i) =>
        i + 2 < data.Length && data[i] is >= 0xE4 and <= 0xE9 && (data[i + 1] & 0xC0) == 0x80 && (data[i + 2] & 0xC0) == 0x80;
}
