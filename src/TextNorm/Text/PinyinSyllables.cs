using System.Collections.Frozen;

namespace TextNorm.Text;

/// <summary>
/// Decides whether the text inside a pair of parentheses is a pinyin reading: one or more syllables of
/// <see cref="PinyinData.SyllableTable"/>, lowercase, with tone marks, tone numbers (<c>zhong1</c>) or none, optionally
/// separated by spaces or an apostrophe (<c>xī'ān</c>); spaces at the ends are ignored, as the whitespace step would
/// remove them. Every syllable carries at most one tone.
/// Not a reading: anything with a capital, digit-only or non-Latin content, a single bare letter (<c>(a)</c> is an
/// enumeration label even though <c>a</c> is a syllable), or a toneless English word of several syllables
/// (<see cref="PinyinData.EnglishWords"/>).
/// </summary>
internal static class PinyinSyllables
{
    /// <summary>Longest content worth checking; real annotations are one to a few syllables.</summary>
    public const int MaxContentLength = 64;

    private const int MaxSyllableLength = 6; // zhuang, shuang, chuang

    private static readonly FrozenSet<int> Syllables = BuildSyllables();
    private static readonly FrozenSet<int> ToneOnly = PinyinData.ToneOnlySyllables.Split(' ').Select(s => Key(s)).ToFrozenSet();
    private static readonly FrozenSet<string> EnglishWords =
        PinyinData.EnglishWords.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
    /// <summary>Marked letters by code (all below U+1F00): a direct index, as this runs for every letter of every candidate.</summary>
    private static readonly (char Base, bool Toned)[] MarkedLetters = BuildMarkedLetters();

    private static (char Base, bool Toned)[] BuildMarkedLetters()
    {
        var table = new (char Base, bool Toned)[PinyinData.Letters.Max(l => l.Marked) + 1];
        foreach (var (marked, letter, toned) in PinyinData.Letters) table[marked] = (letter, toned);
        return table;
    }

    /// <summary>True when <paramref name="content"/> (without the parentheses) is a pinyin reading.</summary>
    public static bool IsAnnotation(ReadOnlySpan<char> content)
    {
        // Spaces at the ends and runs of spaces are what the whitespace step would remove or collapse anyway.
        var from = content.IndexOfAnyExcept(CharClass.InlineSpaces);
        if (from < 0) return false;
        content = content[from..(content.LastIndexOfAnyExcept(CharClass.InlineSpaces) + 1)];
        if (content.IsEmpty || content.Length > MaxContentLength) return false;

        Span<char> letters = stackalloc char[content.Length];
        Span<bool> toned = stackalloc bool[content.Length];
        var length = 0;
        var anyTone = false;
        var segmentStart = 0;

        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : ' ';
            if (c is >= 'a' and <= 'z')
            {
                letters[length] = c;
                toned[length++] = false;
                continue;
            }
            if (c < MarkedLetters.Length && MarkedLetters[c] is { Base: not '\0' } marked)
            {
                letters[length] = marked.Base;
                toned[length++] = marked.Toned;
                anyTone |= marked.Toned;
                continue;
            }
            if (PinyinData.CombiningToneMarks.Contains(c) || c == PinyinData.CombiningDiaeresis)
            {
                if (length == segmentStart) return false;
                if (c == PinyinData.CombiningDiaeresis)
                {
                    if (letters[length - 1] != 'u') return false;
                    letters[length - 1] = 'v';
                }
                else
                {
                    if (toned[length - 1]) return false;
                    toned[length - 1] = true;
                    anyTone = true;
                }
                continue;
            }

            // A separator or a tone number ends a segment of letters, which must split into syllables.
            var toneNumber = c is >= '1' and <= '5';
            var space = CharClass.IsInlineSpace(c);
            if (!toneNumber && !space && c is not ('\'' or '’')) return false;
            if (space && i > 0 && i < content.Length && CharClass.IsInlineSpace(content[i - 1])) continue; // a run of spaces is one separator
            if (length == segmentStart)
            {
                // An empty segment is allowed only at the end, right after a tone number ("she4").
                if (i == content.Length && i > 0 && content[i - 1] is >= '1' and <= '5' && length > 0) break;
                return false; // "( a)", "a  b", "1"
            }
            var count = CountSyllables(letters[segmentStart..length], toned[segmentStart..length], toneNumber);
            if (count <= 0) return false;
            anyTone |= toneNumber;
            if (toneNumber && i + 1 < content.Length && (CharClass.IsInlineSpace(content[i + 1]) || content[i + 1] is '\'' or '’')) i++;
            segmentStart = length;
        }

        if (anyTone) return true;
        // Toneless: a lone letter is a label ((a), (e)); an English word is a gloss.
        if (length < 2) return false;
        foreach (var word in content.ToString().Split((char[])[' ', '\t', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            if (EnglishWords.Contains(word)) return false;
        return true;
    }

    /// <summary>
    /// Splits letters into syllables (dynamic programming over the split points, linear in the length) and returns
    /// how many there are, or 0 when no split works. Each syllable may carry one tone mark; with
    /// <paramref name="toneNumberAfter"/> the last one carries the tone number and must have no mark.
    /// </summary>
    private static int CountSyllables(ReadOnlySpan<char> letters, ReadOnlySpan<bool> toned, bool toneNumberAfter)
    {
        var n = letters.Length;
        // Most readings are one syllable (shè): when the whole segment is one, that is the fewest.
        if (n <= MaxSyllableLength && n > 0)
        {
            var tones = toned.Count(true);
            if (tones <= 1 && !(toneNumberAfter && tones > 0) && IsSyllable(letters, tones == 1 || toneNumberAfter)) return 1;
        }
        // best[i] = fewest syllables covering letters[..i], or -1.
        Span<int> best = stackalloc int[n + 1];
        best.Fill(-1);
        best[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var len = 1; len <= MaxSyllableLength && len <= end; len++)
            {
                var start = end - len;
                if (best[start] < 0) continue;
                var tones = 0;
                for (var k = start; k < end; k++) if (toned[k]) tones++;
                if (tones > 1) continue;
                if (toneNumberAfter && end == n && tones > 0) continue;
                var hasTone = tones == 1 || (toneNumberAfter && end == n);
                if (!IsSyllable(letters[start..end], hasTone)) continue;
                var candidate = best[start] + 1;
                if (best[end] < 0 || candidate < best[end]) best[end] = candidate;
            }
        }
        return best[n] < 0 ? 0 : best[n];
    }

    private static bool IsSyllable(ReadOnlySpan<char> letters, bool hasTone)
    {
        var key = Key(letters);
        if (key < ShortKeyLimit) return IsSet(ShortSyllables, key) || (hasTone && IsSet(ShortToneOnly, key));
        return Syllables.Contains(key) || (hasTone && ToneOnly.Contains(key));
    }

    // Keys of up to four letters (below 2^20) are looked up in bitmaps (128 KB each): the syllable split tries every
    // short span of every candidate, and a bit test costs less than a set lookup.
    private const int ShortKeyLimit = 1 << 20;
    private static readonly ulong[] ShortSyllables = ShortKeyBitmap(Syllables);
    private static readonly ulong[] ShortToneOnly = ShortKeyBitmap(ToneOnly);

    private static ulong[] ShortKeyBitmap(FrozenSet<int> keys)
    {
        var bits = new ulong[ShortKeyLimit / 64];
        foreach (var key in keys)
            if (key < ShortKeyLimit) bits[key >> 6] |= 1UL << key;
        return bits;
    }

    private static bool IsSet(ulong[] bits, int key) => (bits[key >> 6] & (1UL << key)) != 0;

    /// <summary>Packs up to six letters (a–z, v for ü) into an int, five bits each.</summary>
    private static int Key(ReadOnlySpan<char> letters)
    {
        var key = 0;
        foreach (var c in letters) key = (key << 5) | (c - 'a' + 1);
        return key;
    }

    private static FrozenSet<int> BuildSyllables()
    {
        var all = new HashSet<int>();
        foreach (var line in PinyinData.SyllableTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var initial = line[..colon].Trim();
            if (initial == "-") initial = "";
            foreach (var final in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                all.Add(Key(initial + final));
        }
        return all.ToFrozenSet();
    }
}
