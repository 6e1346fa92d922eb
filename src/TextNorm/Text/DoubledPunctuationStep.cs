using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 8: a run of clause punctuation that a scraper doubled (<c>,,</c> <c>,、</c> <c>。,</c> <c>，，</c> <c>；，</c>,
/// spaces between the marks included) collapses to its strongest mark: <c>。</c> over <c>；</c> and <c>：</c> over
/// <c>、</c> over <c>，</c> (the first of equals wins). When the run holds <c>？</c> or <c>！</c>, those are kept as written and
/// the clause marks dropped (<c>吗？，</c> → <c>吗？</c>). Runs of only <c>？！</c> (<c>？！</c>, <c>！？</c>, <c>！！</c>) are legitimate
/// and stay, as do <c>……</c> and <c>——</c>, which are not clause marks. It runs after widening and reads both widths;
/// a run counts when it holds a full-width mark or touches a Han character or Chinese-only punctuation (ASCII
/// <c>a,,b</c>, <c>std::map</c> or <c>;!’</c> stays, as the widening step would leave it), and
/// the kept mark is written full-width (the run is Chinese). <c>.</c> is never part of a run.
/// </summary>
internal sealed class DoubledPunctuationStep : ITextStep
{
    private const string Marks = "，、；：。,;:？！?!";

    // Marks come every few characters in Chinese prose: one bit test per character is cheaper than restarting a vector
    // search after each of them.
    private static readonly CharBitmap MarkBits = new(Marks);

    public string Name => StepNames.DoubledPunctuation;

    public string Apply(string text, StepContext context)
    {
        var span = text.AsSpan();
        var i = NextRunStart(span, 0);
        if (i < 0) return text;

        var rewriter = new TextRewriter(text);
        try
        {
            while (i >= 0)
            {
                // The run: marks, with inline spaces allowed only between two marks.
                var end = i + 1;
                var marks = 1;
                var lastMarkEnd = end;
                while (end < span.Length && (IsMark(span[end]) || CharClass.IsInlineSpace(span[end])))
                {
                    if (IsMark(span[end]))
                    {
                        marks++;
                        lastMarkEnd = end + 1;
                    }
                    end++;
                }
                end = lastMarkEnd;

                if (marks >= 2 && Collapse(span, i, end, out var replacement))
                {
                    rewriter.Replace(i, end - i, replacement);
                    context.Changes.Record(ChangeKinds.DoubledPunctuation, i, span[i..end], replacement);
                }
                i = NextRunStart(span, end);
            }
            return rewriter.ToStringAndDispose();
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    /// <summary>
    /// The first mark at or after <paramref name="from"/> that another mark follows (inline spaces between them allowed),
    /// or -1. Most marks stand alone and are passed over here.
    /// </summary>
    private static int NextRunStart(ReadOnlySpan<char> span, int from)
    {
        var i = from;
        while (i < span.Length - 1)
        {
            i = SkipQuietBlocks(span, i);
            // Check the block the vector test stopped at (or the tail) one character at a time.
            var blockEnd = Math.Min(span.Length - 1, i + Vector128<ushort>.Count);
            for (; i < blockEnd; i++)
            {
                if (!MarkBits.Contains(span[i])) continue;
                var j = i + 1;
                while (j < span.Length && CharClass.IsInlineSpace(span[j])) j++;
                if (j < span.Length && MarkBits.Contains(span[j])) return i;
                i = j - 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Skips blocks of eight characters in which no mark is followed by anything but a common Han character (U+4E00–U+9FFF):
    /// such a block starts no run. In Chinese prose almost every mark is followed by Han, so the scan stays vectorized.
    /// Returns the start of the first block that may hold a run start, or where fewer than nine characters remain.
    /// </summary>
    private static int SkipQuietBlocks(ReadOnlySpan<char> span, int i)
    {
        if (!Vector128.IsHardwareAccelerated) return i;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        var hanFirst = Vector128.Create((ushort)0x4E00);
        var hanLast = Vector128.Create((ushort)0x9FFF);
        while (i + Vector128<ushort>.Count < span.Length)
        {
            var here = Vector128.LoadUnsafe(ref start, (nuint)i);
            var next = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
            var marks = MarkMask(here);
            var nextHan = Vector128.GreaterThanOrEqual(next, hanFirst) & Vector128.LessThanOrEqual(next, hanLast);
            if (Vector128.AndNot(marks, nextHan) != Vector128<ushort>.Zero) return i;
            i += Vector128<ushort>.Count;
        }
        return i;
    }

    /// <summary>All ones in the lanes that hold one of <see cref="Marks"/>.</summary>
    private static Vector128<ushort> MarkMask(Vector128<ushort> v) =>
        Vector128.Equals(v, Vector128.Create((ushort)'，')) | Vector128.Equals(v, Vector128.Create((ushort)'、'))
        | Vector128.Equals(v, Vector128.Create((ushort)'；')) | Vector128.Equals(v, Vector128.Create((ushort)'：'))
        | Vector128.Equals(v, Vector128.Create((ushort)'。')) | Vector128.Equals(v, Vector128.Create((ushort)','))
        | Vector128.Equals(v, Vector128.Create((ushort)';')) | Vector128.Equals(v, Vector128.Create((ushort)':'))
        | Vector128.Equals(v, Vector128.Create((ushort)'？')) | Vector128.Equals(v, Vector128.Create((ushort)'！'))
        | Vector128.Equals(v, Vector128.Create((ushort)'?')) | Vector128.Equals(v, Vector128.Create((ushort)'!'));

    /// <summary>Decides what the run <c>[start, end)</c> becomes; false when it stays as written.</summary>
    private static bool Collapse(ReadOnlySpan<char> text, int start, int end, out string replacement)
    {
        replacement = "";
        var run = text[start..end];
        var anyFullWidth = false;
        var anyClauseMark = false;
        var anyEnder = false;
        var best = '\0';
        var bestRank = 0;
        foreach (var c in run)
        {
            if (CharClass.IsInlineSpace(c)) continue;
            anyFullWidth |= c > '\u007F';
            var rank = Rank(c);
            if (rank == 0)
            {
                anyEnder = true;
                continue;
            }
            anyClauseMark = true;
            if (rank > bestRank) (best, bestRank) = (c, rank);
        }
        if (!anyClauseMark) return false; // ？！, ！！: legitimate
        var chinese = anyFullWidth
            || (start > 0 && CharClass.IsStrongChineseContext(text, start - 1))
            || (end < text.Length && CharClass.IsStrongChineseContext(text, end));
        if (!chinese) return false;

        if (anyEnder)
        {
            var enders = new char[run.Length];
            var n = 0;
            foreach (var c in run)
                if (c is '？' or '！' or '?' or '!') enders[n++] = Wide(c);
            replacement = new string(enders, 0, n);
        }
        else
        {
            replacement = Wide(best).ToString();
        }
        return true;
    }

    /// <summary>One of <see cref="Marks"/> (a switch: cheaper than a set lookup in the per-mark loop).</summary>
    private static bool IsMark(char c) => c is '，' or '、' or '；' or '：' or '。' or ',' or ';' or ':' or '？' or '！' or '?' or '!';

    /// <summary>Strength of a clause mark (spec rule 8); 0 for the sentence enders <c>？！</c>, which are kept as they are.</summary>
    private static int Rank(char c) => c switch
    {
        '。' => 4,
        '；' or ';' or '：' or ':' => 3,
        '、' => 2,
        '，' or ',' => 1,
        _ => 0,
    };

    private static char Wide(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        _ => c,
    };
}
