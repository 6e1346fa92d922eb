using System.Text.Unicode;

namespace TextNorm.Decoding;

/// <summary>
/// Splits bytes into lines on <c>\n</c> (0x0A never occurs inside a UTF-8, GBK/GB18030 or Big5 character) and tells
/// which lines are plain ASCII, valid UTF-8, or neither.
/// </summary>
internal static class LineMap
{
    public enum LineKind : byte
    {
        Ascii,
        Utf8,
        Legacy,
    }

    /// <summary>A line: its bytes without the <c>\n</c>, and whether a <c>\n</c> followed.</summary>
    public readonly record struct Line(int Start, int Length, bool HasNewline, LineKind Kind);

    public static List<Line> Split(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < bytes.Length)
        {
            var rest = bytes[start..];
            var nl = rest.IndexOf((byte)'\n');
            var length = nl < 0 ? rest.Length : nl;
            var line = rest[..length];
            var kind = !line.ContainsAnyInRange((byte)0x80, (byte)0xFF) ? LineKind.Ascii
                : Utf8.IsValid(line) ? LineKind.Utf8 : LineKind.Legacy;
            lines.Add(new Line(start, length, nl >= 0, kind));
            start += length + (nl >= 0 ? 1 : 0);
        }
        return lines;
    }
}

/// <summary>Recognises UTF-16 without a BOM by its NUL bytes (ASCII and Latin text in UTF-16 has one every other byte).</summary>
internal static class Utf16Evidence
{
    public static System.Text.Encoding? FromNulBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int zerosEven = 0, zerosOdd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) zerosEven++;
            if (sample[i + 1] == 0) zerosOdd++;
        }
        var pairs = sample.Length / 2;
        // Binary data has NULs everywhere; UTF-16 has them on one side only.
        if (zerosOdd * 4 >= pairs && zerosEven * 50 <= pairs) return CodePages.WithFallbacks(new System.Text.UnicodeEncoding(false, false));
        if (zerosEven * 4 >= pairs && zerosOdd * 50 <= pairs) return CodePages.WithFallbacks(new System.Text.UnicodeEncoding(true, false));
        return null;
    }
}
