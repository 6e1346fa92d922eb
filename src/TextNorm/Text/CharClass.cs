using System.Buffers;
using System.Runtime.CompilerServices;

namespace TextNorm.Text;

/// <summary>Character classes every stage needs: Han characters, full-width punctuation, whitespace. Shared so the rules agree.</summary>
internal static class CharClass
{
    /// <summary>Full-width (CJK) punctuation next to which spaces are removed and after which ASCII marks widen (spec rule 5).</summary>
    public const string FullWidthPunctuationChars = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·￥％＋－＝／";

    public static readonly SearchValues<char> FullWidthPunctuation = SearchValues.Create(FullWidthPunctuationChars);

    /// <summary>True for a Han character in the BMP (CJK Unified Ideographs and Extension A, Compatibility Ideographs, 〇).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) =>
        (uint)(c - 0x4E00) <= 0x9FFF - 0x4E00
        || (uint)(c - 0x3400) <= 0x4DBF - 0x3400
        || (uint)(c - 0xF900) <= 0xFAFF - 0xF900
        || c == '\u3007';

    /// <summary>True for a Han character at <paramref name="index"/>, including supplementary-plane ideographs (Extension B and later) written as a surrogate pair.</summary>
    public static bool IsHanAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (IsHan(c)) return true;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            return IsSupplementaryHan(char.ConvertToUtf32(c, text[index + 1]));
        if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]))
            return IsSupplementaryHan(char.ConvertToUtf32(text[index - 1], c));
        return false;
    }

    /// <summary>Planes 2 and 3 hold the CJK Unified Ideographs Extensions B–H and the compatibility supplement.</summary>
    public static bool IsSupplementaryHan(int codePoint) => codePoint is >= 0x20000 and <= 0x3FFFF;

    /// <summary>True for a full-width punctuation mark listed in <see cref="FullWidthPunctuationChars"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFullWidthPunctuation(char c) => FullWidthPunctuation.Contains(c);

    /// <summary>A Han character or a full-width punctuation mark: the "Chinese context" of spec rule 7.</summary>
    public static bool IsChineseContext(ReadOnlySpan<char> text, int index) =>
        IsHanAt(text, index) || IsFullWidthPunctuation(text[index]);

    /// <summary>Whitespace inside a line (spec rule 5): ASCII space and tab, NBSP, ideographic space and the other Unicode space separators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInlineSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u000B' || c == '\u000C'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u1680';

    /// <summary>
    /// Full-width punctuation next to which whitespace is removed (spec rule 5: <c>，。、；：？！“”‘’（）《》【】…—</c>, plus the
    /// other CJK brackets and the name separator <c>·</c>). Signs such as <c>％</c> or <c>＋</c> are not in it: they behave
    /// like the number they belong to.
    /// </summary>
    public const string SpaceAbsorbingPunctuationChars = "，。、；：？！“”‘’（）《》〈〉【】〔〕〖〗「」『』…—·";

    public static readonly SearchValues<char> SpaceAbsorbingPunctuation = SearchValues.Create(SpaceAbsorbingPunctuationChars);

    /// <summary>
    /// Marks that English typography uses too (curly quotes, ellipsis, em dash, middle dot). Next to them, whether the
    /// text is Chinese is decided by the characters beyond them, so English text with curly quotes is left alone.
    /// </summary>
    public const string SharedPunctuationChars = "“”‘’…—·";

    public static readonly SearchValues<char> SharedPunctuation = SearchValues.Create(SharedPunctuationChars);

    /// <summary>True for <c>0</c>–<c>9</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True for a mark of <see cref="SharedPunctuationChars"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSharedPunctuation(char c) => SharedPunctuation.Contains(c);

    /// <summary>A Han character or a full-width mark that only Chinese text uses (not one of <see cref="SharedPunctuationChars"/>).</summary>
    public static bool IsStrongChineseContext(ReadOnlySpan<char> text, int index) =>
        IsHanAt(text, index) || (IsFullWidthPunctuation(text[index]) && !IsSharedPunctuation(text[index]));

    /// <summary>
    /// Line breaks other than <c>\n</c> that become <c>\n</c> (spec rule 4): CR and the Unicode line and paragraph
    /// separators. NEL (U+0085) is not one of them: in scraped text it is a C1 control (often a CP1252 <c>…</c> decoded
    /// as Latin-1) and is removed, as <c>shared/cases/rules.jsonl</c> expects. Form feed and vertical tab are whitespace
    /// (<see cref="IsInlineSpace"/>).
    /// </summary>
    public const string ForeignLineBreakChars = "\r\u2028\u2029";

    public static readonly SearchValues<char> ForeignLineBreaks = SearchValues.Create(ForeignLineBreakChars);

    /// <summary>Every character <see cref="IsInlineSpace"/> accepts, for vectorized scans.</summary>
    public static readonly SearchValues<char> InlineSpaces = SearchValues.Create(InlineSpaceChars);

    /// <summary>The characters of <see cref="InlineSpaces"/>, to build other search sets from.</summary>
    public const string InlineSpaceChars =
        " \t\u00A0\u3000\u000B\u000C\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u1680";
}
