using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rules 2 and 5, line by line: leading and trailing whitespace goes, blank and whitespace-only lines go (one
/// paragraph per line), and inside a line every run of whitespace (<see cref="CharClass.IsInlineSpace"/>) becomes one
/// ASCII space, or nothing when it touches full-width punctuation (<see cref="CharClass.SpaceAbsorbingPunctuationChars"/>).
/// Curly quotes, <c>…</c>, <c>—</c> and <c>·</c> also appear in English, so a space next to them goes only when the text
/// beyond them is Chinese (<c>东李村 “第一书记”</c> → <c>东李村“第一书记”</c>, <c>said “hello” to</c> stays). A single space
/// between two Han characters stays (<c>统一指挥 挂图作战</c>). Each changed run counts as one
/// <see cref="ChangeKinds.Whitespace"/>, each dropped line as one <see cref="ChangeKinds.BlankLine"/>.
/// </summary>
internal sealed class WhitespaceStep : ITextStep
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        " \t\u00A0\u3000\u000B\u000C\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u1680\n");

    public string Name => StepNames.Whitespace;

    public string Apply(string text, StepContext context)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Triggers) < 0) return text;

        var rewriter = new TextRewriter(text);
        var runs = 0;
        var blankLines = 0;
        try
        {
            var lineStart = 0;
            while (lineStart < span.Length)
            {
                var newline = span[lineStart..].IndexOf('\n');
                var lineEnd = newline < 0 ? span.Length : lineStart + newline;
                var line = span[lineStart..lineEnd];
                var first = line.IndexOfAnyExcept(CharClass.InlineSpaces);
                if (first < 0)
                {
                    // Blank or whitespace-only: drop it with its line break.
                    var removeEnd = newline < 0 ? lineEnd : lineEnd + 1;
                    rewriter.Remove(lineStart, removeEnd - lineStart);
                    if (newline >= 0) blankLines++;
                    else runs++;
                }
                else
                {
                    var last = line.LastIndexOfAnyExcept(CharClass.InlineSpaces);
                    if (first > 0)
                    {
                        rewriter.Remove(lineStart, first);
                        runs++;
                    }
                    runs += CollapseInner(ref rewriter, span, lineStart + first, lineStart + last + 1);
                    if (lineStart + last + 1 < lineEnd)
                    {
                        rewriter.Remove(lineStart + last + 1, lineEnd - (lineStart + last + 1));
                        runs++;
                    }
                }
                if (newline < 0) break;
                lineStart = lineEnd + 1;
            }
            context.Changes.Count(ChangeKinds.Whitespace, runs);
            context.Changes.Count(ChangeKinds.BlankLine, blankLines);
            return rewriter.ToStringAndDispose();
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    /// <summary>Collapses or removes the whitespace runs inside a line's content <c>[start, contentEnd)</c>, which begins and ends with non-space; returns how many changed.</summary>
    private static int CollapseInner(ref TextRewriter rewriter, ReadOnlySpan<char> text, int start, int contentEnd)
    {
        var changed = 0;
        var i = start;
        while (true)
        {
            var found = text[i..contentEnd].IndexOfAny(CharClass.InlineSpaces);
            if (found < 0) return changed;
            var runStart = i + found;
            var runEnd = runStart + 1;
            while (CharClass.IsInlineSpace(text[runEnd])) runEnd++; // the content ends with a non-space
            if (TouchesPunctuation(text, runStart, runEnd, start, contentEnd))
            {
                rewriter.Remove(runStart, runEnd - runStart);
                changed++;
            }
            else if (runEnd - runStart != 1 || text[runStart] != ' ')
            {
                rewriter.Replace(runStart, runEnd - runStart, " ");
                changed++;
            }
            i = runEnd;
        }
    }

    /// <summary>
    /// True when the space run <c>[runStart, runEnd)</c> touches full-width punctuation and so disappears. For the shared
    /// marks (quotes, ellipsis, dash, middle dot) the first character beyond the marks on either side must be Chinese.
    /// </summary>
    private static bool TouchesPunctuation(ReadOnlySpan<char> text, int runStart, int runEnd, int lineStart, int lineEnd)
    {
        var left = text[runStart - 1];
        var right = text[runEnd];
        var leftMark = CharClass.SpaceAbsorbingPunctuation.Contains(left);
        var rightMark = CharClass.SpaceAbsorbingPunctuation.Contains(right);
        if (!leftMark && !rightMark) return false;
        if (leftMark && !CharClass.IsSharedPunctuation(left)) return true;
        if (rightMark && !CharClass.IsSharedPunctuation(right)) return true;
        return IsChineseBeyondMarks(text, runStart - 1, -1, lineStart, lineEnd)
            || IsChineseBeyondMarks(text, runEnd, +1, lineStart, lineEnd);
    }

    private static bool IsChineseBeyondMarks(ReadOnlySpan<char> text, int from, int direction, int lineStart, int lineEnd)
    {
        // Spaces are passed too, so the answer does not change once this step has removed some of them.
        var j = from;
        while (j >= lineStart && j < lineEnd && (CharClass.IsSharedPunctuation(text[j]) || CharClass.IsInlineSpace(text[j]))) j += direction;
        return j >= lineStart && j < lineEnd && CharClass.IsStrongChineseContext(text, j);
    }
}
