using System.Globalization;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// The well-formedness every output must have, whatever the input (spec rules 1, 2, 4 and 5). Written from the
/// spec, independent of the library's own character classes, and linked into the fuzz harness.
/// </summary>
internal static class OutputShape
{
    /// <summary>
    /// Null when <paramref name="output"/> is well-formed, else what is wrong and where. U+FFFD is removed by the repair
    /// step (spec rule 12), so <paramref name="repairDisabled"/> lets it through when that step is switched off.
    /// </summary>
    public static string? Problem(string output, bool repairDisabled = false)
    {
        if (output.Length == 0) return null;
        if (output[^1] != '\n') return "does not end with \\n";
        if (output.Length >= 2 && output[^2] == '\n') return "ends with more than one \\n (blank last line)";
        if (output[0] == '\n') return "starts with a blank line";
        var lineStart = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < output.Length && char.IsLowSurrogate(output[i + 1])) { i++; continue; }
                return At(output, i, "lone high surrogate");
            }
            if (char.IsLowSurrogate(c)) return At(output, i, "lone low surrogate");
            if (c == '\n')
            {
                if (i == lineStart) return At(output, i, "blank line");
                if (IsInlineSpace(output[i - 1])) return At(output, i - 1, "trailing space on a line");
                lineStart = i + 1;
                continue;
            }
            if (IsInlineSpace(c))
            {
                if (i == lineStart) return At(output, i, "leading space on a line");
                if (c != ' ') return At(output, i, $"whitespace U+{(int)c:X4} not collapsed to an ASCII space");
                if (output[i - 1] == ' ') return At(output, i, "run of spaces not collapsed");
            }
            if (char.IsControl(c)) return At(output, i, $"control character U+{(int)c:X4}");
            if (c == '\uFFFD' && !repairDisabled) return At(output, i, "U+FFFD replacement character");
            if (c == '\u200D' && JoinsEmoji(output, i)) continue;
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') return At(output, i, $"zero-width or soft hyphen U+{(int)c:X4}");
        }
        return null;
    }

    /// <summary>
    /// A zero-width joiner inside an emoji sequence (👨‍👩‍👧, 🏳️‍🌈, 👨‍⚕️) is part of the character, so it may stay:
    /// an emoji (U+1F000–U+1FAFF) or VS16 before it, an emoji or a U+2600–U+27BF sign after it.
    /// </summary>
    private static bool JoinsEmoji(string s, int i)
    {
        var before = i >= 2 && char.IsSurrogatePair(s[i - 2], s[i - 1]) && char.ConvertToUtf32(s[i - 2], s[i - 1]) is >= 0x1F000 and <= 0x1FAFF
            || i >= 1 && s[i - 1] == '\uFE0F';
        var after = i + 2 < s.Length && char.IsSurrogatePair(s[i + 1], s[i + 2]) && char.ConvertToUtf32(s[i + 1], s[i + 2]) is >= 0x1F000 and <= 0x1FAFF
            || i + 1 < s.Length && s[i + 1] is >= '\u2600' and <= '\u27BF';
        return before && after;
    }

    /// <summary>Whitespace inside a line (spec rule 5): tab and every Unicode space separator (space, NBSP, U+3000, U+2000–U+200A, ...).</summary>
    private static bool IsInlineSpace(char c) => c == '\t' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static string At(string s, int i, string what)
    {
        var from = Math.Max(0, i - 20);
        var to = Math.Min(s.Length, i + 20);
        return $"{what} at {i}: …{Show(s[from..to])}…";
    }

    /// <summary>A readable dump for failure messages: ASCII and Han as they are, everything else as \uXXXX.</summary>
    public static string Show(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\' || c is >= '\u4E00' and <= '\u9FFF') sb.Append(c);
            else sb.Append($"\\u{(int)c:X4}");
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Throws with a readable message unless <paramref name="output"/> is well-formed.</summary>
    public static void AssertWellFormed(string output, string input, bool repairDisabled = false)
    {
        var problem = Problem(output, repairDisabled);
        if (problem is not null)
            throw new WellFormednessException($"Output is not well-formed: {problem}\ninput:  {Show(input)}\noutput: {Show(output)}");
    }
}

/// <summary>Output that breaks the output form of the spec.</summary>
internal sealed class WellFormednessException(string message) : Exception(message);
