using System.Buffers;
using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Repairs UTF-8 bytes that a wrong decoder read as GBK (<c>鍏ㄥ浗</c> → <c>全国</c>) or as Latin-1/CP1252
/// (<c>å…¨å›½</c> → <c>全国</c>): around each suspicious character, re-encode a window with the wrong encoding,
/// look for runs that are valid UTF-8 on character boundaries (<see cref="Utf8Resegmenter"/>), and keep a run's
/// decoding only when it reads clearly more like Chinese than the characters it replaces. A run that decodes to
/// U+FFFD only (<c>锟斤拷</c>, <c>ï¿½</c>) is removed.
/// </summary>
internal static class Utf8MisreadRepair
{
    /// <summary>How many characters before a suspicious one a window may start (mojibake can begin with common characters).</summary>
    private const int LookBack = 8;

    /// <summary>A window ends this many characters after the last suspicious one.</summary>
    private const int TrailingClean = 8;

    private const int MaxWindow = 4096;

    /// <summary>The decoding must gain at least this much <see cref="ChineseLikeness"/> over the characters it replaces.</summary>
    private const double MinGain = 1.0;

    /// <summary>And read as Chinese on its own: mean score per character at least this.</summary>
    private const double MinMean = 0.7;

    /// <summary>UTF-8 lead bytes as Latin-1 characters: where Latin-1 mojibake starts.</summary>
    private static readonly SearchValues<char> LatinLeads = SearchValues.Create(Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(i => (char)i).ToArray());

    public static void FindUtf8AsGbk(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var segmenter = new Utf8Resegmenter();
        var pos = 0;
        Span<int> two = stackalloc int[2];
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOfAny(RepairTriggers.Suspicious);
            if (rel < 0) break;
            var t = pos + rel;
            if (!IsGbkWindowChar(text[t]))
            {
                pos = t + 1;
                continue;
            }
            var start = t;
            while (start > pos && t - start < LookBack && IsGbkWindowChar(text[start - 1])) start--;
            var end = t + 1;
            var clean = 0;
            while (end < text.Length && end - t < MaxWindow && clean < TrailingClean && IsGbkWindowChar(text[end]))
            {
                clean = RepairTriggers.IsSuspicious(text[end]) ? 0 : clean + 1;
                end++;
            }
            segmenter.Clear();
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    two[0] = c;
                    segmenter.AddChar(two[..1]);
                }
                else if (c == '\uFFFD')
                {
                    two[0] = Utf8Resegmenter.Unknown;
                    segmenter.AddChar(two[..1]);
                }
                else
                {
                    var code = ByteTables.GbkCode(c);
                    two[0] = code >> 8;
                    two[1] = code & 0xFF;
                    segmenter.AddChar(two);
                }
            }
            ScanWindow(text, start, segmenter, ChangeKinds.MojibakeUtf8AsGbk, repairs);
            pos = end;
        }
    }

    public static void FindUtf8AsLatin1(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var segmenter = new Utf8Resegmenter();
        var pos = 0;
        Span<int> one = stackalloc int[1];
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOfAny(LatinLeads);
            if (rel < 0) break;
            var start = pos + rel;
            var end = start + 1;
            while (end < text.Length && end - start < MaxWindow && IsLatinWindowChar(text[end])) end++;
            segmenter.Clear();
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                one[0] = c == '\uFFFD' ? Utf8Resegmenter.Unknown : ByteTables.LatinByte(c);
                segmenter.AddChar(one);
            }
            ScanWindow(text, start, segmenter, ChangeKinds.MojibakeUtf8AsLatin1, repairs);
            pos = end;
        }
    }

    private static bool IsGbkWindowChar(char c) =>
        c != '\n' && c != '\r' && (c < 0x80 || c == '\uFFFD' || ByteTables.GbkCode(c) != 0);

    private static bool IsLatinWindowChar(char c) => c != '\n' && c != '\r' && (c == '\uFFFD' || ByteTables.LatinByte(c) >= 0);

    private static void ScanWindow(ReadOnlySpan<char> text, int start, Utf8Resegmenter segmenter, string kind, List<Repair> repairs)
    {
        var i = 0;
        while (i < segmenter.CharCount)
        {
            var end = segmenter.TrySegment(i, out var decoded, out var lost);
            if (end > 0)
            {
                var original = text.Slice(start + i, end - i);
                if (Judge(original, decoded, lost) is { } replacement)
                {
                    repairs.Add(new Repair(start + i, end - i, replacement,
                        replacement.Length == 0 ? ChangeKinds.Unrecoverable : kind));
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /// <summary>The replacement for <paramref name="original"/>, or null when the decoding is not a clear win.</summary>
    private static string? Judge(ReadOnlySpan<char> original, string decoded, int lost)
    {
        if (original.Length < 2) return null;
        var replacements = decoded.AsSpan().Count('\uFFFD');
        if (replacements > 0 && replacements == decoded.Length)
            return original.Length >= 3 ? "" : null; // 锟斤拷: U+FFFD written out as UTF-8 and read back as GBK.
        if (replacements > 0) decoded = decoded.Replace("\uFFFD", "", StringComparison.Ordinal);
        var (mean, count) = ChineseLikeness.Mean(decoded);
        if (count == 0 || mean < MinMean) return null;
        foreach (var c in decoded)
            if (c >= 0x80 && ChineseCharTable.ClassOf(c) >= CharKind.OddSymbol) return null;
        var gain = ChineseLikeness.Sum(decoded) - ChineseLikeness.Sum(original);
        return gain >= MinGain + 0.25 * lost ? decoded : null;
    }
}
