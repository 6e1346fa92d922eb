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
    private const double MinGain = 0.6;

    /// <summary>And read as Chinese on its own: mean score per character at least this.</summary>
    private const double MinMean = 0.7;

    /// <summary>
    /// Scores are sums of tenths in floating point: a prefix sum carries the rounding of every character before the
    /// span, so a gain of exactly <see cref="MinGain"/> passed or failed depending on the neighbours. Compare with slack.
    /// </summary>
    private const double Slack = 1e-6;

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
            if (!IsGbkWindowChar(text[t]) || IsOrphanAfterAscii(text, t))
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
            if (!IsFollowedByContinuation(text, start))
            {
                pos = start + 1;
                continue;
            }
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

    /// <summary>
    /// A character both of whose GBK bytes are UTF-8 continuation bytes (80–BF), right after an ASCII character: no
    /// UTF-8 sequence can hold its bytes (a continuation never follows an ASCII byte), so it cannot be UTF-8 misread as
    /// GBK and is no reason to scan a window. The tone letters of pinyin annotations, <c>(shè)</c>, are such characters;
    /// in annotated text they triggered a window scan each. Not after <c>?</c>, which may stand for a lost lead byte.
    /// </summary>
    private static bool IsOrphanAfterAscii(ReadOnlySpan<char> text, int t)
    {
        if (t == 0 || text[t - 1] >= 0x80 || text[t - 1] == '?') return false;
        var code = ByteTables.GbkCode(text[t]);
        return code >> 8 is >= 0x80 and <= 0xBF && (code & 0xFF) is >= 0x80 and <= 0xBF;
    }

    /// <summary>
    /// A UTF-8 lead byte read as Latin-1 is followed by a continuation byte (80–BF, or U+FFFD for one that was lost).
    /// Without one it is a letter such as the <c>à</c> of a pinyin annotation <c>(zhàn)</c>, no reason to scan a window;
    /// any mojibake after it starts with a lead byte of its own and is found from there.
    /// </summary>
    private static bool IsFollowedByContinuation(ReadOnlySpan<char> text, int lead)
    {
        if (lead + 1 >= text.Length) return false;
        var next = text[lead + 1];
        return next == '\uFFFD' || ByteTables.LatinByte(next) is >= 0x80 and <= 0xBF;
    }

    private static bool IsGbkWindowChar(char c) =>
        c != '\n' && c != '\r' && (c < 0x80 || c == '\uFFFD' || ByteTables.GbkCode(c) != 0);

    private static bool IsLatinWindowChar(char c) => c != '\n' && c != '\r' && (c == '\uFFFD' || ByteTables.LatinByte(c) >= 0);

    private static void ScanWindow(ReadOnlySpan<char> text, int start, Utf8Resegmenter segmenter, string kind, List<Repair> repairs)
    {
        var n = segmenter.CharCount;
        var prefix = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            prefix[0] = 0;
            for (var k = 0; k < n; k++) prefix[k + 1] = prefix[k] + ChineseLikeness.Of(text[start + k]);
            var i = 0;
            while (i < n)
            {
                var best = segmenter.MayStartSequence(i) ? Evaluate(segmenter, prefix, i, kind) : null;
                if (best is null)
                {
                    i++;
                    continue;
                }
                // The first characters may be clean ones whose bytes happen to start a sequence: a later start may fit better.
                for (var j = i + 1; j <= i + 2 && j < best.Value.End; j++)
                    if (Evaluate(segmenter, prefix, j, kind) is { } alternative && alternative.Gain > best.Value.Gain + 1e-9)
                        best = alternative;
                var (from, to, replacement, kindFound, _) = best.Value;
                // The span itself must show damage: judged on its own characters, not on a neighbour that merely
                // opened the window, so that the answer does not change when later steps change the neighbours.
                if (kind == ChangeKinds.MojibakeUtf8AsGbk && text.Slice(start + from, to - from).IndexOfAny(RepairTriggers.Suspicious) < 0)
                {
                    i++;
                    continue;
                }
                repairs.Add(new Repair(start + from, to - from, replacement, kindFound));
                i = to;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(prefix);
        }
    }

    private readonly record struct Candidate(int Start, int End, string Replacement, string Kind, double Gain);

    /// <summary>The best segment starting at window character <paramref name="first"/>, or null when none is a clear win.</summary>
    private static Candidate? Evaluate(Utf8Resegmenter segmenter, double[] prefix, int first, string kind)
    {
        var boundaries = segmenter.Decode(first);
        Utf8Resegmenter.Boundary? best = null;
        var bestGain = double.MinValue;
        var replacementOnly = false;
        foreach (var b in boundaries)
        {
            var originalLength = b.EndChar - first;
            if (originalLength < 2) continue;
            if (b.Letters == 0 && b.Replacements > 0 && b.Bad == 0)
            {
                // U+FFFD written out as UTF-8 and read back (锟斤拷, ï¿½): nothing to recover, remove it.
                if (originalLength < 3) continue;
                best = b;
                bestGain = double.MaxValue;
                replacementOnly = true;
                continue;
            }
            if (b.Bad > 0 || b.Letters == 0 || b.Score / b.Letters < MinMean - Slack) continue;
            var gain = b.Score - (prefix[b.EndChar] - prefix[first]) - 0.25 * b.Lost;
            if (gain < MinGain - Slack || gain <= bestGain) continue;
            best = b;
            bestGain = gain;
            replacementOnly = false;
        }
        if (best is not { } chosen) return null;
        var decoded = segmenter.Decoded.ToString(0, chosen.DecodedLength);
        if (replacementOnly) return new Candidate(first, chosen.EndChar, "", ChangeKinds.Unrecoverable, bestGain);
        if (chosen.Replacements > 0) decoded = decoded.Replace("\uFFFD", "", StringComparison.Ordinal);
        return new Candidate(first, chosen.EndChar, decoded, kind, bestGain);
    }
}
