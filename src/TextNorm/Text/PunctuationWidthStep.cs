using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 7: ASCII <c>, ; : ? ! ( )</c> in Chinese context become <c>，；：？！（）</c>.
/// <list type="bullet">
/// <item>Chinese context: the nearest character on either side, ignoring spaces, is a Han character or full-width
/// punctuation. Curly quotes, <c>…</c>, <c>—</c> and <c>·</c> are shared with English typography, so the step looks
/// past them (<c>“好”,</c> widens, <c>said “hi”, then</c> does not), and a quotation is also judged by the text around
/// it (<c>日“3+2”, 3项</c> widens). Marks already widened count as context
/// (<c>好?!</c> → <c>好？！</c>).</item>
/// <item>Never between two digits (<c>1,000</c>, <c>09:22:25</c>, <c>3:1</c>), never inside a URL or e-mail address
/// (<c>http://example.com/a,b?x=1</c>); a mark that ends such a token (<c>…/x,下</c>) is sentence punctuation.
/// <c>Email:联系</c> widens: the colon ends a label in a Chinese sentence.</item>
/// <item>Parentheses widen as a pair: <c>值(GDP)</c> → <c>值（GDP）</c>, <c>(GDP)增长</c> too; a half-width mark paired with a
/// full-width one widens to match. An unpaired one follows its own context. A pair opened right after an ASCII letter,
/// digit or underscore around content without Chinese stays ASCII: that is code or a Latin name (<c>printf("%d", x)</c>,
/// <c>Windows(XP)系统</c>), while <c>GDP(国内生产总值)</c> widens.</item>
/// </list>
/// <c>.</c> is never changed. The output has the input's length, so the step edits one copy in place.
/// </summary>
internal sealed class PunctuationWidthStep : ITextStep
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create(",;:?!()");
    private static readonly SearchValues<char> ParenthesesAndBreaks = SearchValues.Create("()（）\n");
    private static readonly SearchValues<char> TokenEdgeMarks = SearchValues.Create(",;:?!()'\".");

    public string Name => StepNames.PunctuationWidth;

    public string Apply(string text, StepContext context)
    {
        var source = text.AsSpan();
        var i = source.IndexOfAny(Triggers);
        if (i < 0) return text;

        char[]? buffer = null;
        List<int>? widenParens = null;
        var parenCursor = 0;
        var tokens = new TokenCache();
        try
        {
            if (source[i..].IndexOfAny('(', ')') >= 0) widenParens = ResolveParentheses(source);

            while (i >= 0)
            {
                var c = source[i];
                bool widen;
                if (c is '(' or ')')
                {
                    while (parenCursor < widenParens!.Count && widenParens[parenCursor] < i) parenCursor++;
                    widen = parenCursor < widenParens.Count && widenParens[parenCursor] == i;
                }
                else
                {
                    ReadOnlySpan<char> current = buffer is null ? source : buffer.AsSpan(0, source.Length);
                    widen = !BetweenDigits(source, i) && HasChineseContext(current, source, i) && !tokens.IsProtected(source, i);
                }

                if (widen)
                {
                    if (buffer is null)
                    {
                        buffer = ArrayPool<char>.Shared.Rent(source.Length);
                        source.CopyTo(buffer);
                    }
                    var wide = Widen(c);
                    buffer[i] = wide;
                    context.Changes.Record(ChangeKinds.PunctuationWidth, i, source.Slice(i, 1), new ReadOnlySpan<char>(in wide));
                }
                var rest = i + 1 < source.Length ? source[(i + 1)..].IndexOfAny(Triggers) : -1;
                i = rest < 0 ? -1 : i + 1 + rest;
            }
            return buffer is null ? text : new string(buffer, 0, source.Length);
        }
        finally
        {
            if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static char Widen(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => c,
    };

    private static bool BetweenDigits(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && CharClass.IsAsciiDigit(text[i - 1]) && CharClass.IsAsciiDigit(text[i + 1]);

    /// <summary>
    /// Chinese context on either side. <paramref name="current"/> holds the marks widened so far (the left side is read
    /// from it); <paramref name="source"/> the original (the right side).
    /// </summary>
    private static bool HasChineseContext(ReadOnlySpan<char> current, ReadOnlySpan<char> source, int i) =>
        IsChineseSide(current, i, -1) || IsChineseSide(source, i, +1);

    /// <summary>Looks from <paramref name="i"/> in <paramref name="direction"/> past spaces and shared marks (<c>“”‘’…—·</c>) to the first telling character.</summary>
    private static bool IsChineseSide(ReadOnlySpan<char> text, int i, int direction)
    {
        var j = i + direction;
        while ((uint)j < (uint)text.Length && IsLookedThrough(text[j])) j += direction;
        if ((uint)j >= (uint)text.Length) return false;
        if (CharClass.IsSharedPunctuation(text[j]))
        {
            // A quotation is judged by the text around it: 日“3+2”, 3项 → the comma follows a Chinese sentence.
            if (QuotationPartner(text, j, direction) is var partner and >= 0 && IsStrongNeighbor(text, partner, direction)) return true;
            while ((uint)j < (uint)text.Length && (CharClass.IsSharedPunctuation(text[j]) || IsLookedThrough(text[j]))) j += direction;
            if ((uint)j >= (uint)text.Length) return false;
        }
        return CharClass.IsStrongChineseContext(text, j);
    }

    /// <summary>How far back (or ahead) the opening (or closing) quote of a quotation is looked for.</summary>
    private const int MaxQuotationLength = 100;

    /// <summary>
    /// For a closing quote met looking left (an opening one looking right), the position of its partner on the same line
    /// within <see cref="MaxQuotationLength"/>, or -1.
    /// </summary>
    private static int QuotationPartner(ReadOnlySpan<char> text, int quote, int direction)
    {
        var partner = (text[quote], direction) switch
        {
            ('”', -1) => '“',
            ('’', -1) => '‘',
            ('“', +1) => '”',
            ('‘', +1) => '’',
            _ => '\0',
        };
        if (partner == '\0') return -1;
        for (var k = quote + direction; (uint)k < (uint)text.Length && Math.Abs(k - quote) <= MaxQuotationLength; k += direction)
        {
            if (text[k] == partner) return k;
            if (text[k] == '\n') return -1;
        }
        return -1;
    }

    /// <summary>The full-width forms this step writes.</summary>
    private static readonly SearchValues<char> WidenedForms = SearchValues.Create("，；：？！（）");

    /// <summary>
    /// Spaces, the ASCII marks this step may widen and their full-width forms: a run of marks (<c>?!</c>, <c>,(</c>,
    /// <c>((</c>, <c>)(</c>) is judged by the text around the whole run, whatever any mark of it becomes. Judging a mark by
    /// a neighbouring mark made its answer depend on that neighbour's, so each second pass widened one mark more
    /// (<c>???好</c>, <c>好((ā))</c>, <c>中(a)(b)(c)</c>: not idempotent, and not fixable by repeating the step in linear time).
    /// </summary>
    private static bool IsLookedThrough(char c) => CharClass.IsInlineSpace(c) || Triggers.Contains(c) || WidenedForms.Contains(c);

    /// <summary>The first character beyond <paramref name="from"/>, past spaces and ASCII marks, is Han or Chinese-only punctuation.</summary>
    private static bool IsStrongNeighbor(ReadOnlySpan<char> text, int from, int direction)
    {
        var j = from + direction;
        while ((uint)j < (uint)text.Length && IsLookedThrough(text[j])) j += direction;
        return (uint)j < (uint)text.Length && CharClass.IsStrongChineseContext(text, j);
    }

    /// <summary>
    /// Matches parentheses line by line (half- and full-width alike, nested) and returns the positions of the ASCII ones to
    /// widen, in increasing order: a pair widens when either member is in Chinese context (or is already full-width) and
    /// neither sits inside a URL; an unpaired one by its own context. Each parenthesis is classified once, in text order.
    /// </summary>
    private static List<int> ResolveParentheses(ReadOnlySpan<char> text)
    {
        var widen = new List<int>();
        var open = new Stack<Paren>();
        var tokens = new TokenCache();
        var i = text.IndexOfAny(ParenthesesAndBreaks);
        while (i >= 0)
        {
            var c = text[i];
            if (c == '\n')
            {
                while (open.Count > 0) Unpaired(open.Pop(), widen);
            }
            else
            {
                var half = c is '(' or ')';
                var paren = new Paren(i, half, half && tokens.IsProtected(text, i), HasChineseContext(text, text, i),
                    c == '(' && i > 0 && IsIdentifierChar(text[i - 1]));
                if (c is '(' or '（') open.Push(paren);
                else if (open.Count == 0) Unpaired(paren, widen);
                else Pair(text, open.Pop(), paren, widen);
            }
            var rest = i + 1 < text.Length ? text[(i + 1)..].IndexOfAny(ParenthesesAndBreaks) : -1;
            i = rest < 0 ? -1 : i + 1 + rest;
        }
        while (open.Count > 0) Unpaired(open.Pop(), widen);
        widen.Sort();
        return widen;
    }

    /// <summary>A parenthesis classified once: where, ASCII or not, inside a URL, in Chinese context, and (for an opening
    /// mark) directly after an ASCII letter, digit or underscore (<c>printf(</c>, <c>Windows(</c>).</summary>
    private readonly record struct Paren(int Position, bool Half, bool Protected, bool Context, bool GluedToLatin);

    /// <summary>How far a parenthesized run is searched for Chinese text (keeps nested input linear).</summary>
    private const int MaxContentScan = 256;

    private static void Pair(ReadOnlySpan<char> text, Paren open, Paren close, List<int> widen)
    {
        if (!open.Half && !close.Half) return;
        if (open.Protected || close.Protected) return;
        // Code and Latin words keep ASCII parentheses around ASCII content: printf("%d", x), Windows(XP).
        if (open.Half && close.Half && open.GluedToLatin && !ContainsChinese(text, open.Position + 1, close.Position)) return;
        var chinese = !open.Half || !close.Half || open.Context || close.Context;
        if (!chinese) return;
        if (open.Half) widen.Add(open.Position);
        if (close.Half) widen.Add(close.Position);
    }

    private static bool ContainsChinese(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start > MaxContentScan) return true;
        for (var i = start; i < end; i++)
            if (CharClass.IsChineseContext(text, i) && !WidenedForms.Contains(text[i])) return true;
        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static void Unpaired(Paren paren, List<int> widen)
    {
        if (paren.Half && paren.Context && !paren.Protected) widen.Add(paren.Position);
    }

    /// <summary>
    /// The run of printable ASCII around a mark, cached so that the marks of one run share a single scan (linear overall).
    /// A run is protected when, without the punctuation at its ends, it is a URL (<c>scheme://</c>, <c>www.</c>) or an
    /// e-mail address; the marks inside that core stay ASCII.
    /// </summary>
    private struct TokenCache
    {
        private int _start, _end, _coreStart, _coreEnd;
        private bool _valid, _isAddress;

        public bool IsProtected(ReadOnlySpan<char> text, int i)
        {
            if (!_valid || i < _start || i >= _end) Load(text, i);
            return _isAddress && i >= _coreStart && i < _coreEnd;
        }

        private void Load(ReadOnlySpan<char> text, int i)
        {
            var start = i;
            while (start > 0 && IsTokenChar(text[start - 1])) start--;
            var end = i + 1;
            while (end < text.Length && IsTokenChar(text[end])) end++;
            var coreStart = start;
            while (coreStart < end && TokenEdgeMarks.Contains(text[coreStart])) coreStart++;
            var coreEnd = end;
            while (coreEnd > coreStart && TokenEdgeMarks.Contains(text[coreEnd - 1])) coreEnd--;
            var core = text[coreStart..coreEnd];
            (_start, _end, _coreStart, _coreEnd, _valid) = (start, end, coreStart, coreEnd, true);
            _isAddress = core.Contains("://", StringComparison.Ordinal)
                || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || IsEmail(core);
        }

        private static bool IsEmail(ReadOnlySpan<char> core)
        {
            var at = core.IndexOf('@');
            return at > 0 && core[(at + 1)..].IndexOf('.') > 0;
        }

        private static bool IsTokenChar(char c) => c is > ' ' and < '\u007F';
    }
}
