using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Repairs GBK text that was decoded one byte out of step (noise.md §2). A decoder that lost the lead byte of a
/// character writes <c>?</c> and then reads each following trail byte with the next lead byte, making wrong characters
/// (<c>笨</c>, <c>皼</c>, private use, bopomofo...) until a trail byte in the ASCII range (<c>h</c>, <c>_</c>) brings it
/// back in step, or until another byte is lost (a second <c>?</c>). A later step may have narrowed <c>！？</c> among
/// the wrong characters to <c>!?</c>, and an annotation <c>(pinyin)</c> inserted in the bytes may sit after the <c>?</c>
/// with its <c>(</c> swallowed.
/// </summary>
/// <remarks>
/// The repair re-encodes the span to GBK, puts the lost lead byte back and re-pairs the bytes. The lost lead byte
/// itself is unknown: the most frequent character that fits is taken when it is a clear winner (<c>。</c> usually is),
/// otherwise that one character is dropped. A byte lost at the end takes its character with it. A candidate is kept
/// only when it reads as ordinary Chinese and clearly better than the span, and only when the span shows damage
/// (a rare or unusual character, or an ASCII letter glued between Chinese characters), so that a real <c>?</c>
/// followed by Chinese text is left alone.
/// </remarks>
internal static class GbkShiftRepair
{
    private const int MaxRun = 1024;
    private const double MinGain = 1.5;
    private const double MinMean = 0.6;
    private const int Lost = -1;

    /// <summary>The guessed first character must hold this share of the candidates' weight.</summary>
    private const double GuessThreshold = 0.5;

    /// <summary>How much one use of the candidate next to the same neighbour elsewhere in the document multiplies its weight.</summary>
    private const double BigramEvidence = 20;

    /// <summary>How far around the damage the document is searched for that evidence.</summary>
    private const int ContextRadius = 20_000;

    public static void Find(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOf('?');
            if (rel < 0) break;
            var q = pos + rel;
            if (TryRepair(text, q) is { } repair)
            {
                repairs.Add(repair);
                pos = repair.End;
            }
            else
            {
                pos = q + 1;
            }
        }
    }

    private static Repair? TryRepair(ReadOnlySpan<char> text, int q)
    {
        var k = q + 1;
        k = SkipAnnotationDebris(text, k);
        // A window of nothing but ? and ! shows no damage, so no candidate can be kept: skip the byte-by-byte walk
        // (in a long run of ? it was repeated for every ?, a thousand characters each time).
        if (text[k..Math.Min(text.Length, k + MaxRun)].IndexOfAnyExcept('?', '!') < 0) return null;
        Span<int> bytes = stackalloc int[2 * MaxRun];
        var count = 0;
        var suspicious = false;
        string? best = null;
        var bestGain = double.MinValue;
        var bestEnd = 0;
        for (var j = k; j < text.Length && j - k < MaxRun; j++)
        {
            var c = text[j];
            if (c == '?')
            {
                // Either a byte lost here (the end of the damage) or a narrowed ？ among the wrong characters.
                if (count >= 2) Consider(text, q, j + 1, bytes[..count], Lost, suspicious, ref best, ref bestGain, ref bestEnd);
                bytes[count++] = 0xA3;
                bytes[count++] = 0xBF;
                continue;
            }
            if (c == '!')
            {
                bytes[count++] = 0xA3;
                bytes[count++] = 0xA1;
                continue;
            }
            if (c is >= '\u0040' and <= '\u007E')
            {
                // A trail byte read as ASCII: the decoder is back in step after it. It must be glued into Chinese text.
                if (count >= 2 && j > k && !IsAsciiWordChar(j + 1 < text.Length ? text[j + 1] : ' ') && (j + 1 == text.Length || text[j + 1] >= 0x80))
                    Consider(text, q, j + 1, bytes[..count], c, true, ref best, ref bestGain, ref bestEnd);
                break;
            }
            var code = c >= 0x80 ? ByteTables.GbkCode(c) : 0;
            if (code == 0) break;
            if (RepairTriggers.IsSuspicious(c)) suspicious = true;
            bytes[count++] = code >> 8;
            bytes[count++] = code & 0xFF;
        }
        return best is null ? null : new Repair(q, bestEnd - q, best, ChangeKinds.MojibakeGbkShift);
    }

    private static void Consider(ReadOnlySpan<char> text, int q, int end, ReadOnlySpan<int> bytes, int terminator, bool damageSeen,
        ref string? best, ref double bestGain, ref int bestEnd)
    {
        if (!damageSeen) return;
        var from = Math.Max(0, q - ContextRadius);
        var context = text[from..Math.Min(text.Length, q + ContextRadius)];
        var candidate = Realign(bytes, terminator, context, q > 0 ? text[q - 1] : '\0');
        if (candidate is null) return;
        var (mean, n) = ChineseLikeness.Mean(candidate);
        if (n == 0 || mean < MinMean) return;
        foreach (var c in candidate)
            if (ChineseCharTable.ClassOf(c) >= CharKind.OddSymbol) return;
        var gain = ChineseLikeness.Sum(candidate) - DamagedScore(text[q..end]);
        if (gain < MinGain || gain <= bestGain) return;
        best = candidate;
        bestGain = gain;
        bestEnd = end;
    }

    /// <summary>Puts the lost lead byte back before <paramref name="bytes"/> and pairs them again, ending with <paramref name="terminator"/>.</summary>
    private static string? Realign(ReadOnlySpan<int> bytes, int terminator, ReadOnlySpan<char> context, char previous)
    {
        var rest = new System.Text.StringBuilder(bytes.Length / 2 + 1);
        for (var i = 1; i + 1 < bytes.Length; i += 2)
        {
            var c = ByteTables.GbkChar(bytes[i], bytes[i + 1]);
            if (c == '\0') return null;
            rest.Append(c);
        }
        if (terminator != Lost)
        {
            var last = ByteTables.GbkChar(bytes[^1], terminator);
            if (last == '\0') return null;
            rest.Append(last);
        }
        var next = rest.Length > 0 ? rest[0] : '\0';
        if (GuessLeadByte(bytes[0], context, previous, next) is { } first) rest.Insert(0, first);
        return rest.ToString();
    }

    /// <summary>
    /// The character whose lead byte was lost, among the characters with this trail byte: weighed by frequency, and
    /// much more when the document uses it next to the same neighbour elsewhere (a topic word repeats).
    /// </summary>
    private static char? GuessLeadByte(int trail, ReadOnlySpan<char> context, char previous, char next)
    {
        var guess = LostByteGuess.Start(GuessThreshold);
        // One pass over the context for each neighbour counts every candidate's bigrams at once (counting each of the
        // ~126 candidates' bigrams separately rescanned the 40,000-character context hundreds of times per repair).
        var seen = new Dictionary<char, int>();
        for (var lead = 0x81; lead <= 0xFE; lead++)
            if (ByteTables.GbkChar(lead, trail) is var c and not '\0') seen[c] = 0;
        if (previous >= 0x80) CountBigrams(context, previous, fixedFirst: true, seen);
        if (next >= 0x80) CountBigrams(context, next, fixedFirst: false, seen);
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            var c = ByteTables.GbkChar(lead, trail);
            if (c == '\0') continue;
            guess.Offer(c, 1 + BigramEvidence * seen[c]);
        }
        return guess.Result;
    }

    /// <summary>
    /// Adds to each candidate of <paramref name="counts"/> how often <paramref name="context"/> holds the bigram
    /// <c>fixed candidate</c> (<paramref name="fixedFirst"/>) or <c>candidate fixed</c>, counted as
    /// <see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> counts: left to right, without overlap.
    /// </summary>
    private static void CountBigrams(ReadOnlySpan<char> context, char fixedChar, bool fixedFirst, Dictionary<char, int> counts)
    {
        var sameEnd = -1; // end of the last counted "fixed fixed" bigram: the only bigram that can overlap itself
        var from = 0;
        while (from < context.Length)
        {
            var rel = context[from..].IndexOf(fixedChar);
            if (rel < 0) break;
            var j = from + rel;
            from = j + 1;
            var start = fixedFirst ? j : j - 1;
            if (start < 0 || start + 1 >= context.Length) continue;
            var other = fixedFirst ? context[j + 1] : context[j - 1];
            if (!counts.TryGetValue(other, out var n)) continue;
            if (other == fixedChar)
            {
                if (start < sameEnd) continue;
                sameEnd = start + 2;
            }
            counts[other] = n + 1;
        }
    }

    /// <summary>How Chinese the damaged span reads: its characters' scores, with the marks of damage counting against it.</summary>
    private static double DamagedScore(ReadOnlySpan<char> span)
    {
        double sum = 0;
        foreach (var c in span)
        {
            sum += c switch
            {
                '?' => -1.0,
                '!' => -0.5,
                < '\u0080' => -0.5,
                _ => ChineseLikeness.Of(c),
            };
        }
        return sum;
    }

    /// <summary>After the <c>?</c>: <c>cè)</c>, the rest of a pinyin annotation whose <c>(</c> went with the lost byte.</summary>
    private static int SkipAnnotationDebris(ReadOnlySpan<char> text, int k)
    {
        var j = k;
        while (j < text.Length && j - k < 7 && IsPinyinLetter(text[j])) j++;
        return j > k && j < text.Length && text[j] == ')' ? j + 1 : k;
    }

    private static bool IsPinyinLetter(char c) => c is >= 'a' and <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".Contains(c, StringComparison.Ordinal);

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
