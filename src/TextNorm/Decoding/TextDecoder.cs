using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TextNorm.Decoding;

/// <summary>
/// Turns bytes into text (spec rule 11). Valid UTF-8 takes a fast path (one validation pass and one transcoding pass);
/// BOMs select UTF-8 or UTF-16; UTF-16 without BOM is recognised by its NUL bytes or by how Chinese it reads; anything
/// else is decoded line by line, each line in GB18030 (which covers GBK and GB2312) or Big5, whichever reads as Chinese,
/// with UTF-8 lines kept as UTF-8. UTF.Unknown is asked only when neither Chinese encoding reads as Chinese.
/// Invalid bytes are dropped and counted, never turned into U+FFFD.
/// </summary>
internal sealed class TextDecoder
{
    /// <summary>The encoding name recorded when lines of one file were decoded in different encodings.</summary>
    public const string Mixed = "mixed";

    private const int SampleBytes = 64 * 1024;
    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly DecodingOptions _options;

    public TextDecoder(DecodingOptions options) => _options = options;

    public string Decode(ReadOnlySpan<byte> bytes, ChangeLog changes) => Decode(bytes, _options, changes, out _);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> is the encoding used, or the encodings joined by <c>+</c>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, DecodingOptions options, ChangeLog? changes, out string encodingName)
    {
        if (options.ForcedEncoding is { } forced) return DecodeForced(bytes, forced, changes, out encodingName);
        if (bytes.IsEmpty)
        {
            encodingName = "utf-8";
            return "";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            changes?.Record(ChangeKinds.ByteOrderMark, 0, "\uFEFF", "");
            return DecodeAuto(bytes[3..], 3, options, changes, out encodingName);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            changes?.Record(ChangeKinds.ByteOrderMark, 0, "\uFEFF", "");
            return DecodeWhole(bytes[2..], 2, new UnicodeEncoding(false, false), "utf-16le", changes, out encodingName);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            changes?.Record(ChangeKinds.ByteOrderMark, 0, "\uFEFF", "");
            return DecodeWhole(bytes[2..], 2, new UnicodeEncoding(true, false), "utf-16be", changes, out encodingName);
        }
        return DecodeAuto(bytes, 0, options, changes, out encodingName);
    }

    private static string DecodeForced(ReadOnlySpan<byte> bytes, Encoding forced, ChangeLog? changes, out string encodingName)
    {
        var encoding = CodePages.WithFallbacks(forced);
        var name = CodePages.NameOf(encoding);
        var offset = 0;
        var preamble = encoding.Preamble;
        if (!preamble.IsEmpty && bytes.StartsWith(preamble))
        {
            offset = preamble.Length;
            changes?.Record(ChangeKinds.ByteOrderMark, 0, "\uFEFF", "");
        }
        return DecodeWhole(bytes[offset..], offset, encoding, name, changes, out encodingName);
    }

    private static string DecodeWhole(ReadOnlySpan<byte> bytes, int offset, Encoding encoding, string name, ChangeLog? changes, out string encodingName)
    {
        encodingName = name;
        changes?.Record(ChangeKinds.Encoding, offset, "", name);
        if (encoding.CodePage is not (54936 or 950)) return DropInvalid(encoding.GetString(bytes), changes);
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var n = CodePages.GetChars(encoding, bytes, buffer);
            return DropInvalid(buffer.AsSpan(0, n), changes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeAuto(ReadOnlySpan<byte> bytes, int offset, DecodingOptions options, ChangeLog? changes, out string encodingName)
    {
        if (TryDecodeValidUtf8(bytes) is { } utf8)
        {
            encodingName = "utf-8";
            changes?.Record(ChangeKinds.Encoding, offset, "", encodingName);
            return utf8;
        }

        if (Utf16Evidence.FromNulBytes(bytes) is { } utf16ByNul)
            return DecodeWhole(bytes, offset, utf16ByNul, CodePages.NameOf(utf16ByNul), changes, out encodingName);

        var lines = LineMap.Split(bytes);
        var legacy = EncodingChooser.ChooseForDocument(bytes, lines);
        if (legacy.IsWholeDocument)
            return DecodeWhole(bytes, offset, legacy.Primary, CodePages.NameOf(legacy.Primary), changes, out encodingName);
        if (!options.DetectPerLine)
            return DecodeWhole(bytes, offset, legacy.Primary, CodePages.NameOf(legacy.Primary), changes, out encodingName);
        return DecodeLines(bytes, offset, lines, legacy, changes, out encodingName);
    }

    /// <summary>Documents up to this size are validated and transcoded in one pass, through a pooled buffer.</summary>
    private const int OnePassUtf8Bytes = 1 << 20;

    /// <summary>The text of <paramref name="bytes"/> when they are valid UTF-8; otherwise null.</summary>
    private static string? TryDecodeValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > OnePassUtf8Bytes)
        {
            // Larger documents are transcoded straight into a string of the right length (a pooled buffer of their size
            // would stay in the pool): count, then transcode, which stops at the first invalid byte.
#if NET9_0_OR_GREATER
            var length = Utf8Lenient.GetCharCount(bytes);
            var valid = true;
            var text = string.Create(length, bytes, (destination, source) =>
                valid = Utf8.ToUtf16(source, destination, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                        && written == destination.Length);
            return valid ? text : null;
#else
            return Utf8.IsValid(bytes) ? Utf8Lenient.GetString(bytes) : null;
#endif
        }
        // One pass: transcoding stops at the first invalid byte (validation and GetString read the bytes twice).
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeLines(ReadOnlySpan<byte> bytes, int offset, List<LineMap.Line> lines, EncodingChooser.Choice legacy,
        ChangeLog? changes, out string encodingName)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 16);
        try
        {
            var written = 0;
            var used = new List<string>(3);
            var runs = new List<(int Offset, string Name)>();
            string? previous = null;
            foreach (var line in lines)
            {
                var lineBytes = bytes.Slice(line.Start, line.Length);
                var target = buffer.AsSpan(written);
                int n;
                string? name;
                if (line.Kind == LineMap.LineKind.Ascii)
                {
                    n = Encoding.ASCII.GetChars(lineBytes, target);
                    name = null;
                }
                else if (line.Kind == LineMap.LineKind.Utf8)
                {
                    n = Utf8Lenient.GetChars(lineBytes, target);
                    name = "utf-8";
                }
                else
                {
                    var encoding = EncodingChooser.ChooseForLine(lineBytes, legacy, target, out n);
                    name = CodePages.NameOf(encoding);
                }
                written += n;
                if (line.HasNewline) buffer[written++] = '\n';
                if (name is null || name == previous) continue;
                previous = name;
                if (!used.Contains(name)) used.Add(name);
                runs.Add((offset + line.Start, name));
            }

            if (used.Count == 0) used.Add("utf-8");
            encodingName = string.Join('+', used);
            if (changes is not null)
            {
                if (used.Count == 1) changes.Record(ChangeKinds.Encoding, offset, "", used[0]);
                else foreach (var (position, name) in runs) changes.Record(ChangeKinds.Encoding, position, "", name);
            }
            return DropInvalid(buffer.AsSpan(0, written), changes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes the U+FFFD the decoders put for invalid bytes, counting them.</summary>
    private static string DropInvalid(ReadOnlySpan<char> text, ChangeLog? changes)
    {
        var bad = text.Count('\uFFFD');
        if (bad == 0) return text.ToString();
        changes?.Count(ChangeKinds.InvalidBytes, bad);
        return string.Create(text.Length - bad, text.ToString(), static (dest, src) =>
        {
            var j = 0;
            foreach (var c in src)
                if (c != '\uFFFD') dest[j++] = c;
        });
    }

    private static string DropInvalid(string text, ChangeLog? changes) =>
        text.Contains('\uFFFD', StringComparison.Ordinal) ? DropInvalid(text.AsSpan(), changes) : text;
}
