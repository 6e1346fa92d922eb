using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 7: ASCII <c>, ; : ? ! ( )</c> in Chinese context become <c>，；：？！（）</c>.
/// <list type="bullet">
/// <item>Chinese context: the nearest character on either side, ignoring spaces, is a Han character or full-width
/// punctuation. Digits belong to both scripts and are looked past (<c>截至2019:</c> widens, <c>Windows 10:</c> does not). Curly quotes, <c>…</c>, <c>—</c> and <c>·</c> are shared with English typography, so the step looks
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
/// <para>Widening a mark makes it context for its neighbours (<c>好?!</c> → <c>好？！</c>, <c>(甲)(b)</c> → both pairs), so the
/// decisions are a fixpoint, computed in linear time with a worklist: every eligible mark starts from its context in
/// the input, and each mark that widens re-examines the nearest marks on either side. A second run finds nothing to do.</para>
/// </summary>
internal sealed class PunctuationWidthStep : ITextStep
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create(",;:?!()");
    private static readonly SearchValues<char> ParenthesesAndBreaks = SearchValues.Create("()（）\n");
    private static readonly SearchValues<char> TokenEdgeMarks = SearchValues.Create(",;:?!()'\".");

    /// <summary>How far back (or ahead) the opening (or closing) quote of a quotation is looked for.</summary>
    private const int MaxQuotationLength = 100;

    /// <summary>How far a parenthesized run is searched for Chinese text (keeps nested input linear).</summary>
    private const int MaxContentScan = 256;

    private const int NoPartner = -1;
    private const int FullWidthPartner = -2;

    public string Name => StepNames.PunctuationWidth;

    public string Apply(string text, StepContext context)
    {
        var source = text.AsSpan();
        var first = source.IndexOfAny(Triggers);
        if (first < 0) return text;

        using var marks = new MarkTable(source, first);
        char[]? buffer = null;
        Stack<int>? work = null;
        try
        {
            // Every eligible mark in Chinese context in the input starts the worklist.
            for (var t = 0; t < marks.Count; t++)
            {
                if (!marks.Eligible[t]) continue;
                var position = marks.Positions[t];
                if (marks.Partner[t] == FullWidthPartner || HasChineseContext(source, position)) (work ??= new Stack<int>()).Push(t);
            }
            if (work is null) return text;

            buffer = ArrayPool<char>.Shared.Rent(source.Length);
            source.CopyTo(buffer);
            var current = buffer.AsSpan(0, source.Length);
            while (work.Count > 0)
            {
                var t = work.Pop();
                if (marks.Widened[t]) continue;
                marks.Widened[t] = true;
                var position = marks.Positions[t];
                var wide = Widen(source[position]);
                current[position] = wide;
                context.Changes.Record(ChangeKinds.PunctuationWidth, position, source.Slice(position, 1), new ReadOnlySpan<char>(in wide));
                if (marks.Partner[t] >= 0) work.Push(marks.Partner[t]);
                PushNeighbor(current, position, -1, marks, work);
                PushNeighbor(current, position, +1, marks, work);
            }
            return new string(current);
        }
        finally
        {
            if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Queues the mark whose context look from the other side would now reach the just-widened mark at
    /// <paramref name="position"/>: past spaces and shared marks, or past a whole quotation.
    /// </summary>
    private static void PushNeighbor(ReadOnlySpan<char> text, int position, int direction, MarkTable marks, Stack<int> work)
    {
        var j = position + direction;
        while ((uint)j < (uint)text.Length && CharClass.IsInlineSpace(text[j])) j += direction;
        if ((uint)j >= (uint)text.Length) return;
        // Looking back from the other side, a quotation is passed whole: every quote that takes this one as its
        // partner (QuotationPartner seen from there) may have a mark beyond it.
        var (open, close) = QuotePair(text[j], direction);
        if (open != '\0')
        {
            for (var q = j + direction; (uint)q < (uint)text.Length && Math.Abs(q - j) <= MaxQuotationLength; q += direction)
            {
                if (text[q] == open || text[q] == '\n') break; // beyond it, the nearer quote is the partner
                if (text[q] != close) continue;
                var k = q + direction;
                while ((uint)k < (uint)text.Length && CharClass.IsInlineSpace(text[k])) k += direction;
                Enqueue(text, k, marks, work);
            }
        }
        while ((uint)j < (uint)text.Length && IsPassedByContextLook(text[j])) j += direction;
        Enqueue(text, j, marks, work);
    }

    private static void Enqueue(ReadOnlySpan<char> text, int at, MarkTable marks, Stack<int> work)
    {
        if ((uint)at >= (uint)text.Length || !Triggers.Contains(text[at])) return;
        var t = marks.IndexOf(at);
        if (t >= 0 && marks.Eligible[t] && !marks.Widened[t]) work.Push(t);
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

    /// <summary>Chinese context on either side of <paramref name="i"/>.</summary>
    private static bool HasChineseContext(ReadOnlySpan<char> text, int i) => IsChineseSide(text, i, -1) || IsChineseSide(text, i, +1);

    /// <summary>Looks from <paramref name="i"/> in <paramref name="direction"/> past spaces and shared marks (<c>“”‘’…—·</c>) to the first telling character.</summary>
    private static bool IsChineseSide(ReadOnlySpan<char> text, int i, int direction)
    {
        var j = i + direction;
        while ((uint)j < (uint)text.Length && CharClass.IsInlineSpace(text[j])) j += direction;
        if ((uint)j >= (uint)text.Length) return false;
        if (CharClass.IsSharedPunctuation(text[j]))
        {
            // A quotation is judged by the text around it: 日“3+2”, 3项 → the comma follows a Chinese sentence.
            if (QuotationPartner(text, j, direction) is var partner and >= 0 && IsStrongNeighbor(text, partner, direction)) return true;
        }
        while ((uint)j < (uint)text.Length && IsPassedByContextLook(text[j])) j += direction;
        return (uint)j < (uint)text.Length && CharClass.IsStrongChineseContext(text, j);
    }

    /// <summary>
    /// Characters a context look passes: spaces, the shared marks, and digits, which belong to either script
    /// (<c>截至2019:</c> widens; <c>Windows 10:</c> does not).
    /// </summary>
    private static bool IsPassedByContextLook(char c) =>
        CharClass.IsInlineSpace(c) || CharClass.IsSharedPunctuation(c) || CharClass.IsAsciiDigit(c);

    /// <summary>
    /// For a closing quote met looking left (an opening one looking right), the position of its partner on the same line
    /// within <see cref="MaxQuotationLength"/>, or -1.
    /// </summary>
    private static int QuotationPartner(ReadOnlySpan<char> text, int quote, int direction)
    {
        var partner = QuotePair(text[quote], direction).Close;
        if (partner == '\0') return -1;
        for (var k = quote + direction; (uint)k < (uint)text.Length && Math.Abs(k - quote) <= MaxQuotationLength; k += direction)
        {
            if (text[k] == partner) return k;
            if (text[k] == '\n') return -1;
        }
        return -1;
    }

    /// <summary>
    /// For a quote met looking in <paramref name="direction"/> that opens a quotation in that direction (<c>“</c> looking
    /// right, <c>”</c> looking left): the same quote (<c>Open</c>) and the one that closes it; <c>'\0'</c> otherwise.
    /// </summary>
    private static (char Open, char Close) QuotePair(char quote, int direction) => (quote, direction) switch
    {
        ('“', +1) => ('“', '”'),
        ('‘', +1) => ('‘', '’'),
        ('”', -1) => ('”', '“'),
        ('’', -1) => ('’', '‘'),
        _ => ('\0', '\0'),
    };

    /// <summary>The first non-space character beyond <paramref name="from"/> is Han or Chinese-only punctuation.</summary>
    private static bool IsStrongNeighbor(ReadOnlySpan<char> text, int from, int direction)
    {
        var j = from + direction;
        while ((uint)j < (uint)text.Length && CharClass.IsInlineSpace(text[j])) j += direction;
        return (uint)j < (uint)text.Length && CharClass.IsStrongChineseContext(text, j);
    }

    private static bool ContainsChinese(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start > MaxContentScan) return true;
        for (var i = start; i < end; i++)
            if (CharClass.IsChineseContext(text, i)) return true;
        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The ASCII marks of a text (positions in increasing order), whether each may widen at all, and for parentheses their
    /// partner (index, <see cref="FullWidthPartner"/> or <see cref="NoPartner"/>). Arrays come from the pool.
    /// </summary>
    private sealed class MarkTable : IDisposable
    {
        public int[] Positions { get; private set; }
        public int[] Partner { get; private set; }
        public bool[] Eligible { get; private set; }
        public bool[] Widened { get; private set; }
        public int Count { get; private set; }

        public MarkTable(ReadOnlySpan<char> text, int first)
        {
            Positions = ArrayPool<int>.Shared.Rent(64);
            for (var i = first; i >= 0;)
            {
                if (Count == Positions.Length)
                {
                    var bigger = ArrayPool<int>.Shared.Rent(Count * 2);
                    Positions.AsSpan(0, Count).CopyTo(bigger);
                    ArrayPool<int>.Shared.Return(Positions);
                    Positions = bigger;
                }
                Positions[Count++] = i;
                var rest = i + 1 < text.Length ? text[(i + 1)..].IndexOfAny(Triggers) : -1;
                i = rest < 0 ? -1 : i + 1 + rest;
            }
            Partner = ArrayPool<int>.Shared.Rent(Count);
            Eligible = ArrayPool<bool>.Shared.Rent(Count);
            Widened = ArrayPool<bool>.Shared.Rent(Count);
            Partner.AsSpan(0, Count).Fill(NoPartner);
            Widened.AsSpan(0, Count).Clear();

            // Marks in text order share one token scan per ASCII run.
            var tokens = new TokenCache();
            for (var t = 0; t < Count; t++)
            {
                var p = Positions[t];
                var protectedMark = tokens.IsProtected(text, p);
                Eligible[t] = text[p] is '(' or ')' ? !protectedMark : !protectedMark && !BetweenDigits(text, p);
            }
            if (text.IndexOfAny('(', ')') >= 0) MatchParentheses(text);
        }

        public int IndexOf(int position)
        {
            var t = Array.BinarySearch(Positions, 0, Count, position);
            return t < 0 ? -1 : t;
        }

        /// <summary>
        /// Pairs parentheses line by line, half- and full-width alike, nested. A pair next to a full-width partner widens to
        /// match; a pair of ASCII marks may widen only when neither is in a URL and it is not code or a Latin name
        /// (opened right after an ASCII letter, digit or underscore around content without Chinese).
        /// </summary>
        private void MatchParentheses(ReadOnlySpan<char> text)
        {
            var open = new Stack<(int Position, int Mark)>();
            var cursor = 0;
            var i = text.IndexOfAny(ParenthesesAndBreaks);
            while (i >= 0)
            {
                var c = text[i];
                if (c == '\n')
                {
                    open.Clear();
                }
                else
                {
                    var mark = -1;
                    if (c is '(' or ')')
                    {
                        while (Positions[cursor] < i) cursor++;
                        mark = cursor;
                    }
                    if (c is '(' or '（') open.Push((i, mark));
                    else if (open.Count > 0) Pair(text, open.Pop(), (i, mark));
                }
                var rest = i + 1 < text.Length ? text[(i + 1)..].IndexOfAny(ParenthesesAndBreaks) : -1;
                i = rest < 0 ? -1 : i + 1 + rest;
            }
        }

        private void Pair(ReadOnlySpan<char> text, (int Position, int Mark) open, (int Position, int Mark) close)
        {
            if (open.Mark < 0 && close.Mark < 0) return;
            if (open.Mark < 0 || close.Mark < 0)
            {
                Partner[open.Mark < 0 ? close.Mark : open.Mark] = FullWidthPartner;
                return;
            }
            Partner[open.Mark] = close.Mark;
            Partner[close.Mark] = open.Mark;
            var codeOrName = open.Position > 0 && IsIdentifierChar(text[open.Position - 1])
                && !ContainsChinese(text, open.Position + 1, close.Position);
            if (codeOrName || !Eligible[open.Mark] || !Eligible[close.Mark]) Eligible[open.Mark] = Eligible[close.Mark] = false;
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(Positions);
            ArrayPool<int>.Shared.Return(Partner);
            ArrayPool<bool>.Shared.Return(Eligible);
            ArrayPool<bool>.Shared.Return(Widened);
        }
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
