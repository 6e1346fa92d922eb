using System.Buffers;
using System.Text;
using UtfUnknown;

namespace TextNorm.Decoding;

/// <summary>
/// Chooses the legacy encoding of bytes that are not UTF-8. A Chinese corpus makes GB18030 (GBK, GB2312) by far the
/// likeliest, then Big5; which of the two is decided by how Chinese each decoding reads (<see cref="ChineseLikeness"/>),
/// per document and then per line. UTF-16 without BOM and NULs competes at document level. UTF.Unknown decides only
/// when no Chinese decoding reads as Chinese (a Western, Japanese or Korean file).
/// </summary>
internal static class EncodingChooser
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>UTF.Unknown is slow on bytes that are no text at all: it gets a smaller sample.</summary>
    private const int DetectorSampleBytes = 16 * 1024;
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(false, false);

    /// <summary>Below this mean score a decoding does not read as Chinese.</summary>
    private const double ChineseEnough = 0.3;

    /// <summary>A line whose decoding scores at least this, with no invalid byte, is not second-guessed.</summary>
    private const double LineGoodEnough = 0.6;

    /// <summary>The document's encoding, the alternative to try on lines that read badly, and whether lines are to be ignored.</summary>
    public sealed record Choice(Encoding Primary, Encoding? Secondary, bool IsWholeDocument);

    public static Choice ChooseForDocument(ReadOnlySpan<byte> bytes, List<LineMap.Line> lines)
    {
        var sample = LegacySample(bytes, lines, out var anyUtf8Line);
        var gb = Score(sample, CodePages.Gb18030);
        var big5 = Score(sample, CodePages.Big5);
        // GB18030 is the likelier of the two: Big5 must read clearly better.
        var bigFiveWins = big5 > gb + 0.05;
        var best = bigFiveWins ? big5 : gb;
        var primary = bigFiveWins ? CodePages.Big5 : CodePages.Gb18030;
        var secondary = bigFiveWins ? CodePages.Gb18030 : CodePages.Big5;

        // UTF-8 with a few broken sequences (a truncated file, a bad byte) is still UTF-8.
        var utf8 = Score(sample, Utf8Lenient);
        if (utf8 > best + 0.1 || Utf8ValidFraction(sample) >= 0.8)
        {
            secondary = primary;
            primary = Utf8Lenient;
            best = utf8;
        }

        if (!anyUtf8Line && bytes.Length % 2 == 0)
        {
            var head = bytes[..Math.Min(bytes.Length, SampleBytes)];
            foreach (var utf16 in new[] { Utf16(false), Utf16(true) })
            {
                var score = Score(head, utf16);
                if (score >= LineGoodEnough && score > best + 0.2) return new Choice(utf16, null, true);
            }
        }

        if (best < ChineseEnough && Detect(sample) is { } other) return new Choice(other, null, true);
        return new Choice(primary, secondary, false);
    }

    /// <summary>Decodes one line into <paramref name="target"/> (at least as long as the line) and returns the encoding used.</summary>
    public static Encoding ChooseForLine(ReadOnlySpan<byte> line, Choice choice, Span<char> target, out int written)
    {
        written = CodePages.GetChars(choice.Primary, line, target);
        if (choice.Secondary is null) return choice.Primary;
        var decoded = target[..written];
        var mean = ChineseLikeness.DecodingScore(decoded);
        if (mean >= LineGoodEnough && !decoded.Contains('\uFFFD')) return choice.Primary;

        var other = ArrayPool<char>.Shared.Rent(line.Length + 1);
        try
        {
            var n = CodePages.GetChars(choice.Secondary, line, other);
            var otherMean = ChineseLikeness.DecodingScore(other.AsSpan(0, n));
            if (otherMean <= mean + 0.15) return choice.Primary;
            other.AsSpan(0, n).CopyTo(target);
            written = n;
            return choice.Secondary;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(other);
        }
    }

    /// <summary>The mean Chinese-likeness of a decoding (invalid bytes count against it).</summary>
    public static double Score(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (bytes.IsEmpty) return 0;
        var buffer = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(bytes.Length));
        try
        {
            var n = CodePages.GetChars(encoding, bytes, buffer);
            return ChineseLikeness.DecodingScore(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The share of non-ASCII bytes that belong to valid UTF-8 sequences (GBK or Big5 text has few).</summary>
    private static double Utf8ValidFraction(ReadOnlySpan<byte> bytes)
    {
        var nonAscii = CountNonAscii(bytes);
        if (nonAscii == 0) return 0;
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var n = Utf8Lenient.GetChars(bytes, buffer);
            var invalid = buffer.AsSpan(0, n).Count('\uFFFD');
            return 1.0 - (double)invalid / nonAscii;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int CountNonAscii(ReadOnlySpan<byte> bytes)
    {
        var n = 0;
        foreach (var b in bytes)
            if (b >= 0x80) n++;
        return n;
    }

    private static Encoding Utf16(bool bigEndian) => CodePages.WithFallbacks(new UnicodeEncoding(bigEndian, false));

    /// <summary>The lines that are neither ASCII nor UTF-8, joined, up to <see cref="SampleBytes"/>.</summary>
    private static byte[] LegacySample(ReadOnlySpan<byte> bytes, List<LineMap.Line> lines, out bool anyUtf8Line)
    {
        anyUtf8Line = false;
        var sample = new List<byte>(Math.Min(bytes.Length, SampleBytes));
        foreach (var line in lines)
        {
            if (line.Kind == LineMap.LineKind.Utf8) anyUtf8Line = true;
            if (line.Kind != LineMap.LineKind.Legacy || sample.Count >= SampleBytes) continue;
            var take = Math.Min(line.Length, SampleBytes - sample.Count);
            sample.AddRange(bytes.Slice(line.Start, take));
            sample.Add((byte)'\n');
        }
        return [.. sample];
    }

    /// <summary>UTF.Unknown's verdict, when it is confident and names an encoding .NET has.</summary>
    private static Encoding? Detect(byte[] sample)
    {
        try
        {
            var detected = CharsetDetector.DetectFromBytes(sample.Length <= DetectorSampleBytes ? sample : sample[..DetectorSampleBytes]).Detected;
            if (detected?.Encoding is not { } encoding || detected.Confidence < 0.5f) return null;
            return encoding.CodePage is 65001 or 20127 ? null : CodePages.WithFallbacks(encoding);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
