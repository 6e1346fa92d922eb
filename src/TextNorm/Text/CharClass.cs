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
}
