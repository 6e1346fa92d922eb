using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 9: removes the pinyin readings a converter wrote after Han characters: <c>設(shè)</c> → <c>設</c>,
/// <c>聯(lian)</c> → <c>聯</c>, also in full-width parentheses (<c>設（shè）</c>). A parenthesized run counts only
/// when it follows a Han character, directly or after spaces that go with it (in the output, so <c>經(jīng)濟(jì)</c>
/// loses both; spaces are allowed because the whitespace step would otherwise make <c>設 （shè）</c> an annotation on a
/// second run) and
/// <see cref="PinyinSyllables.IsAnnotation"/> accepts its content; <c>(陳健翔)</c>, <c>(GDP)</c>, <c>(2019)</c>,
/// <c>(Li)</c>, <c>(a)</c> and English glosses stay. Unbalanced parentheses are left alone.
/// </summary>
internal sealed class PinyinAnnotationStep : ITextStep
{
    private static readonly SearchValues<char> Openers = SearchValues.Create("(（");

    public string Name => StepNames.Pinyin;

    public string Apply(string text, StepContext context)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAny(Openers);
        if (i < 0) return text;

        var rewriter = new TextRewriter(text);
        try
        {
            while (i >= 0)
            {
                var next = i + 1;
                // Spaces between the character and its reading go with the reading (設 (shè) → 設).
                var start = i;
                while (start > rewriter.Consumed && CharClass.IsInlineSpace(span[start - 1])) start--;
                if (IsHanBefore(in rewriter, start) && FindClose(span, i) is var close and > 0
                    && PinyinSyllables.IsAnnotation(AsWhitespaceStepLeavesIt(span[(i + 1)..close])))
                {
                    rewriter.Remove(start, close - start + 1);
                    context.Changes.Record(ChangeKinds.PinyinAnnotation, start, span[start..(close + 1)], "");
                    next = close + 1;
                }
                var rest = next < span.Length ? span[next..].IndexOfAny(Openers) : -1;
                i = rest < 0 ? -1 : next + rest;
            }
            return rewriter.ToStringAndDispose();
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    /// <summary>
    /// The content as it reads after <see cref="WhitespaceStep"/> (which runs later): no spaces against the parentheses,
    /// which become full-width, and each inner run of whitespace one space. Judging the raw content kept
    /// <c>設( shè)</c> or <c>號(rénshe\v)</c>, and a second pass then removed it (not idempotent).
    /// </summary>
    private static ReadOnlySpan<char> AsWhitespaceStepLeavesIt(ReadOnlySpan<char> content)
    {
        var needed = false;
        for (var k = 0; k < content.Length && !needed; k++)
        {
            if (!CharClass.IsInlineSpace(content[k])) continue;
            needed = content[k] != ' ' || k == 0 || k == content.Length - 1 || CharClass.IsInlineSpace(content[k + 1]);
        }
        if (!needed) return content;
        var sb = new System.Text.StringBuilder(content.Length);
        var pendingSpace = false;
        foreach (var c in content)
        {
            if (CharClass.IsInlineSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The closing parenthesis of the opener at <paramref name="open"/> within reach, or -1 (none, nested, or across a line).</summary>
    private static int FindClose(ReadOnlySpan<char> text, int open)
    {
        var limit = Math.Min(text.Length, open + 2 + PinyinSyllables.MaxContentLength);
        for (var j = open + 1; j < limit; j++)
        {
            switch (text[j])
            {
                case ')' or '）': return j;
                case '(' or '（' or '\n': return -1;
            }
        }
        return -1;
    }

    /// <summary>True when the output so far ends with a Han character (BMP or a surrogate pair).</summary>
    private static bool IsHanBefore(in TextRewriter rewriter, int position)
    {
        var last = rewriter.OutputBefore(position);
        if (CharClass.IsHan(last)) return true;
        if (!char.IsLowSurrogate(last)) return false;
        var high = rewriter.OutputBefore(position, 2);
        return char.IsHighSurrogate(high) && CharClass.IsSupplementaryHan(char.ConvertToUtf32(high, last));
    }
}
