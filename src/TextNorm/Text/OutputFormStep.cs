using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// The last step (spec rules 1–2): <c>\n</c> line ends, no blank lines, no leading or trailing spaces on a line,
/// exactly one final <c>\n</c> (none for empty text). Always on: it defines the output form, whatever steps were
/// switched off. Text already in form (the usual case after <see cref="WhitespaceStep"/>) costs one vectorized scan
/// per line and comes back as the same instance.
/// </summary>
internal sealed class OutputFormStep : ITextStep
{
    public string Name => StepNames.OutputForm;

    public string Apply(string text, StepContext context)
    {
        if (text.Length == 0) return text;
        var source = text;
        if (text.AsSpan().IndexOfAny(CharClass.ForeignLineBreaks) >= 0) source = UnifyLineBreaks(text, context);
        if (IsInForm(source)) return source;

        var span = source.AsSpan();
        var rewriter = new TextRewriter(source);
        var trimmed = 0;
        var blankLines = 0;
        var anyLine = false;
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
                    rewriter.Remove(lineStart, (newline < 0 ? lineEnd : lineEnd + 1) - lineStart);
                    if (line.Length > 0 || newline >= 0) blankLines++;
                }
                else
                {
                    var last = line.LastIndexOfAnyExcept(CharClass.InlineSpaces) + 1;
                    if (first > 0) { rewriter.Remove(lineStart, first); trimmed++; }
                    if (last < line.Length) { rewriter.Remove(lineStart + last, line.Length - last); trimmed++; }
                    if (newline < 0)
                    {
                        rewriter.Replace(lineEnd, 0, "\n"); // the final line break
                        context.Changes.Record(ChangeKinds.FinalNewline, lineEnd, "", "\n");
                    }
                    anyLine = true;
                }
                if (newline < 0) break;
                lineStart = lineEnd + 1;
            }
            context.Changes.Count(ChangeKinds.Whitespace, trimmed);
            context.Changes.Count(ChangeKinds.BlankLine, blankLines);
            var result = rewriter.ToStringAndDispose();
            return anyLine ? result : "";
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    /// <summary>True when every line is non-empty, untrimmed of nothing, and the text ends with exactly one <c>\n</c>.</summary>
    private static bool IsInForm(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0) return true;
        if (span[^1] != '\n') return false;
        var lineStart = 0;
        while (lineStart < span.Length)
        {
            var lineLength = span[lineStart..].IndexOf('\n'); // always found: the text ends with \n
            if (lineLength == 0) return false;
            if (CharClass.IsInlineSpace(span[lineStart]) || CharClass.IsInlineSpace(span[lineStart + lineLength - 1])) return false;
            lineStart += lineLength + 1;
        }
        return true;
    }

    /// <summary>Turns <c>\r\n</c>, <c>\r</c> and the other line breaks into <c>\n</c> (only when the controls step was off).</summary>
    private static string UnifyLineBreaks(string text, StepContext context)
    {
        var span = text.AsSpan();
        var rewriter = new TextRewriter(text);
        var count = 0;
        try
        {
            var i = span.IndexOfAny(CharClass.ForeignLineBreaks);
            while (i >= 0)
            {
                var length = span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
                rewriter.Replace(i, length, "\n");
                count++;
                var next = i + length;
                var rest = next < span.Length ? span[next..].IndexOfAny(CharClass.ForeignLineBreaks) : -1;
                i = rest < 0 ? -1 : next + rest;
            }
            context.Changes.Count(ChangeKinds.LineBreak, count);
            return rewriter.ToStringAndDispose();
        }
        finally
        {
            rewriter.Dispose();
        }
    }
}
