using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextNorm.Conversion.Engine;

namespace TextNorm.Conversion;

/// <summary>Which script a span of text is written in, from the characters that only one script uses.</summary>
internal enum Script
{
    /// <summary>No evidence either way (no Han characters, or only ones both scripts share).</summary>
    Unknown,
    Traditional,
    Simplified,
}

/// <summary>Counts of script-specific characters in a span of text.</summary>
internal readonly record struct ScriptCounts(int Traditional, int Simplified)
{
    public static ScriptCounts operator +(ScriptCounts a, ScriptCounts b) => new(a.Traditional + b.Traditional, a.Simplified + b.Simplified);

    /// <summary>The script with more evidence, or <see cref="Script.Unknown"/> on a tie (including none at all).</summary>
    public Script Verdict => Traditional > Simplified ? Script.Traditional : Simplified > Traditional ? Script.Simplified : Script.Unknown;
}

/// <summary>
/// The evidence behind spec rule 10's decision, taken from OpenCC's own dictionaries: a character is Traditional
/// evidence when <c>t2s</c> (TSCharacters) turns it into another character and never writes it itself (so the output
/// of either conversion path holds no Traditional evidence, and a second pass decides the same way), Simplified evidence when <c>s2t</c>
/// (STCharacters) turns it into another character and <c>t2s</c> leaves it alone. Characters both scripts write the
/// same way (中, 的, 人…) are neutral. Characters outside the BMP are neutral.
/// </summary>
internal static class ScriptEvidence
{
    private const byte Neutral = 0;
    private const byte TraditionalOnly = 1;
    private const byte SimplifiedOnly = 2;

    private static readonly Lazy<byte[]> Table = new(Build);

    /// <summary>Counts the Traditional-only and Simplified-only characters of <paramref name="text"/>.</summary>
    public static ScriptCounts Count(ReadOnlySpan<char> text) => Count(text, HasDescriptionCharacter(text));

    /// <summary>
    /// As <see cref="Count(ReadOnlySpan{char})"/>; <paramref name="mayHoldDescriptions"/> false (known from a scan of
    /// the whole document) saves the look for description sequences on every line.
    /// </summary>
    public static ScriptCounts Count(ReadOnlySpan<char> text, bool mayHoldDescriptions)
    {
        if (mayHoldDescriptions) return CountOutsideDescriptions(text);
        ref var table = ref MemoryMarshal.GetArrayDataReference(Table.Value);
        int traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            var kind = Unsafe.Add(ref table, c);
            traditional += kind & TraditionalOnly;
            simplified += kind >> 1;
        }
        return new ScriptCounts(traditional, simplified);
    }

    private const char IdsFirst = '\u2FF0';
    private const char IdsLast = '\u2FFF';

    /// <summary>
    /// Counts as <see cref="Count(ReadOnlySpan{char}, bool)"/> but skips Ideographic Description Sequences (<c>⿰糹會</c>), which conversion copies
    /// unconverted: their components are no evidence, or the unconverted 會 would sway the verdict of a second pass.
    /// </summary>
    private static ScriptCounts CountOutsideDescriptions(ReadOnlySpan<char> text)
    {
        var table = Table.Value;
        int traditional = 0, simplified = 0;
        for (var i = 0; i < text.Length;)
        {
            if (IdeographicDescription.IsDescriptionCharacter(text[i]))
            {
                i += IdeographicDescription.UnmatchedLength(text, i);
                continue;
            }
            var kind = table[text[i++]];
            traditional += kind & TraditionalOnly;
            simplified += kind >> 1;
        }
        return new ScriptCounts(traditional, simplified);
    }

    /// <summary>True when <paramref name="text"/> holds an ideographic description character (U+2FF0–U+2FFF).</summary>
    public static bool HasDescriptionCharacter(ReadOnlySpan<char> text) => text.IndexOfAnyInRange(IdsFirst, IdsLast) >= 0;

    /// <summary>The evidence class of one character (for tests).</summary>
    public static Script Of(char c) => Table.Value[c] switch
    {
        TraditionalOnly => Script.Traditional,
        SimplifiedOnly => Script.Simplified,
        _ => Script.Unknown,
    };

    private static byte[] Build()
    {
        var table = new byte[0x10000];
        // Characters that t2s itself writes (any character of a TSPhrases or TSCharacters value: 苧 from 薴, 乾 in 乾隆,
        // 著 in 显著) can stay in Simplified output, so they are no evidence of Traditional text. Counting them let a
        // paragraph's verdict flip on a second pass (薴 → 苧 first, then 苧 read as Traditional and turned into 苎).
        var writtenByT2s = new bool[0x10000];
        foreach (var name in (string[])["TSPhrases", "TSCharacters"])
            foreach (var (_, value) in DictionaryEntries.Load(name).Entries)
                foreach (var c in value) writtenByT2s[c] = true;
        foreach (var (key, value) in DictionaryEntries.Load("TSCharacters").Entries)
        {
            if (key.Length == 1 && !char.IsSurrogate(key[0]) && value != key && !writtenByT2s[key[0]]) table[key[0]] = TraditionalOnly;
        }
        foreach (var (key, value) in DictionaryEntries.Load("STCharacters").Entries)
        {
            if (key.Length == 1 && !char.IsSurrogate(key[0]) && value != key && table[key[0]] == Neutral) table[key[0]] = SimplifiedOnly;
        }
        return table;
    }
}
