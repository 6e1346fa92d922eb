namespace TextNorm.Conversion.Engine;

/// <summary>
/// How far an unmatched position reaches. OpenCC 1.4.2 (and opencc-js) keep an Ideographic Description Sequence
/// (<c>⿰糹會</c>: a description character U+2FF0–U+2FFF followed by its components) together: when no dictionary
/// key starts at its first character, the whole sequence is copied unconverted. Anything else advances one code point.
/// </summary>
internal static class IdeographicDescription
{
    /// <summary>
    /// Longest sequence we follow. Real descriptions are a handful of characters; the cap keeps pathological floods of
    /// description characters linear (beyond it the position is treated as an ordinary character).
    /// </summary>
    private const int MaxSteps = 64;

    public static bool IsDescriptionCharacter(char c) => (uint)(c - 0x2FF0) <= 0x0F;

    /// <summary>The number of UTF-16 units OpenCC skips at <paramref name="index"/> when nothing matches there.</summary>
    public static int UnmatchedLength(ReadOnlySpan<char> text, int index)
    {
        if (IsDescriptionCharacter(text[index]))
        {
            var end = SequenceEnd(text, index);
            if (end > index) return end - index;
        }
        return CodePointLength(text, index);
    }

    public static int CodePointLength(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static int Arity(char c) => c switch
    {
        '\u2FF0' or '\u2FF1' => 2,
        '\u2FF2' or '\u2FF3' => 3,
        >= '\u2FF4' and <= '\u2FFF' => 2,
        _ => 0,
    };

    /// <summary>
    /// The end of the description sequence starting at <paramref name="start"/>, or 0 when the text ends before it is
    /// complete. An iterative form of opencc-js's recursive <c>getIdeographicDescriptionSequenceEnd</c>: a component
    /// that is itself an incomplete sequence counts as a single character.
    /// </summary>
    private static int SequenceEnd(ReadOnlySpan<char> text, int start)
    {
        Span<int> starts = stackalloc int[MaxSteps];
        Span<int> remaining = stackalloc int[MaxSteps];
        var depth = 0;
        starts[0] = start;
        remaining[0] = Arity(text[start]);
        depth = 1;
        var pos = start + 1;
        for (var steps = 0; steps < MaxSteps; steps++)
        {
            bool childDone;
            if (pos >= text.Length)
            {
                // The innermost open sequence is incomplete: its parent takes its first character as a plain component.
                depth--;
                if (depth == 0) return 0;
                pos = starts[depth] + CodePointLength(text, starts[depth]);
                childDone = true;
            }
            else
            {
                var arity = Arity(text[pos]);
                if (arity > 0)
                {
                    if (depth == MaxSteps) return 0;
                    starts[depth] = pos;
                    remaining[depth] = arity;
                    depth++;
                    pos++;
                    childDone = false;
                }
                else
                {
                    pos += CodePointLength(text, pos);
                    childDone = true;
                }
            }
            if (!childDone) continue;
            remaining[depth - 1]--;
            while (remaining[depth - 1] == 0)
            {
                depth--;
                if (depth == 0) return pos;
                remaining[depth - 1]--;
            }
        }
        return 0;
    }
}
