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
    private const int MaxRun = 512;

    /// <summary>How far into the span the first suspicious character must appear.</summary>
    private const int MaxCleanLead = 64;

    /// <summary>How many <c>?</c> inside one span are tried as its end.</summary>
    private const int MaxTerminators = 8;
    private const double MinGain = 1.5;
    private const double MinMean = 0.6;
    private const int Lost = -1;

    /// <summary>Scores are sums of tenths in floating point: thresholds are compared with this slack.</summary>
    private const double Slack = 1e-6;

    /// <summary>The guessed first character must hold this share of the candidates' weight.</summary>
    private const double GuessThreshold = 0.5;

    /// <summary>How much one use of the candidate next to the same neighbour elsewhere in the document multiplies its weight.</summary>
    private const double BigramEvidence = 20;

    /// <summary>A word seen this many times in the word list doubles a Han candidate's weight (容量 1,102: ×56; 份量 96: ×5.8).</summary>
    private const double WordScale = 20;

    public static void Find(string text, List<Repair> repairs) => Find(text, new DocumentBigrams(text), repairs);

    public static void Find(ReadOnlySpan<char> text, DocumentBigrams bigrams, List<Repair> repairs)
    {
        var pos = 0;
        // One buffer for the realigned characters of every span tried (there is one try per ?).
        var rest = new System.Text.StringBuilder();
        // Spans that failed only because the character after their ASCII trail byte was a ? (not glue). Damage often
        // comes back to back (??h??h??h…: 。縣。縣。縣): that ? starts the next span, and once it is repaired its first
        // character is the glue. The spans wait here, left to right, each for the span that starts where it ended.
        var waiting = new List<(int Q, int BlockedAt)>();
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOf('?');
            if (rel < 0) break;
            var q = pos + rel;
            // Inside a long run of ?, the window after q holds only ? and no repair can start there (nothing suspicious,
            // no ASCII trail byte): go straight to the last MaxRun + 1 marks of the run. Keeps 10 MB of ? fast.
            var runEnd = text[q..].IndexOfAnyExcept('?');
            if (runEnd < 0) break;
            if (runEnd > MaxRun + 1) q += runEnd - MaxRun - 1;
            // A waiting span whose blocking ? is behind us can no longer be freed.
            while (waiting.Count > 0 && waiting[^1].BlockedAt < q) waiting.RemoveAt(waiting.Count - 1);
            if (TryRepair(text, q, bigrams, rest, GlueOverride.None, out var blockedAt) is { } repair)
            {
                repairs.Add(repair);
                pos = repair.End;
                FreeWaitingChain(text, bigrams, rest, waiting, repair, repairs);
            }
            else
            {
                if (blockedAt >= 0) waiting.Add((q, blockedAt));
                pos = q + 1;
            }
        }
    }

    /// <summary>
    /// Repairs the waiting spans that end where <paramref name="repair"/> starts, right to left, each with the first
    /// character of the repair after it as its glue: the whole chain is repaired in this pass (a second pass would
    /// otherwise find one more link each time). Each span is tried once more at most, so the scan stays linear.
    /// </summary>
    private static void FreeWaitingChain(ReadOnlySpan<char> text, DocumentBigrams bigrams, System.Text.StringBuilder rest,
        List<(int Q, int BlockedAt)> waiting, Repair repair, List<Repair> repairs)
    {
        var next = repair;
        while (waiting.Count > 0 && waiting[^1].BlockedAt == next.Start && next.Replacement.Length > 0)
        {
            var (q, blockedAt) = waiting[^1];
            waiting.RemoveAt(waiting.Count - 1);
            if (TryRepair(text, q, bigrams, rest, new GlueOverride(blockedAt, next.Replacement[0]), out _) is not { } freed
                || freed.End > next.Start)
                break;
            repairs.Add(freed);
            next = freed;
        }
        waiting.Clear();
    }

    /// <summary>The character that will stand at <see cref="Position"/> once the repair starting there is applied.</summary>
    private readonly record struct GlueOverride(int Position, char Char)
    {
        public static GlueOverride None => new(-1, '\0');

        public char At(ReadOnlySpan<char> text, int position) => position == Position ? Char : text[position];
    }

    // blockedAt: when the span failed because a ? followed its ASCII trail byte, that position (a repair starting there
    // may free it, see FreeWaitingChain); otherwise -1. glue: what stands at a position once a repair there is applied.
    private static Repair? TryRepair(ReadOnlySpan<char> text, int q, DocumentBigrams bigrams, System.Text.StringBuilder rest,
        GlueOverride glue, out int blockedAt)
    {
        blockedAt = -1;
        var k = SkipAnnotationDebris(text, q + 1);
        // A window of nothing but ? and ! shows no damage (nothing suspicious), so no candidate is ever considered: skip
        // the walk (in a long run of ? it was repeated for every ?, a thousand characters each time).
        if (text[k..Math.Min(text.Length, k + MaxRun)].IndexOfAnyExcept('?', '!') < 0) return null;
        // The realigned characters after the first one (whose lead byte was lost) are built as the span is read:
        // each character's bytes (hi, lo) complete the pair (previous lo, hi) and leave lo pending.
        rest.Clear();
        double restScore = 0, damaged = DamagedScore(text[q..k]);
        var restClean = true;
        var firstTrail = -1;
        var pending = -1;
        var suspicious = false;
        var terminators = 0;
        Candidate? best = null;
        for (var j = k; j < text.Length && j - k < MaxRun && restClean && terminators < MaxTerminators; j++)
        {
            var c = text[j];
            // Damage shows early: a window whose first MaxCleanLead characters hold nothing suspicious is ordinary text
            // with a ? in it. Without this, every ? of ?-dense text scanned MaxRun characters (中??中 × 1 MB: minutes).
            if (!suspicious && j - k >= MaxCleanLead) break;
            int hi, lo;
            if (c == '?')
            {
                // Two in a row are lost characters or real marks: narrowed ？？ among wrong characters would realign
                // to 浚, which is no text. Without this, a run of ? glued to Chinese read as 浚浚浚….
                if (j > k && text[j - 1] == '?') break;
                // Either a byte lost here (the end of the damage) or a narrowed ？ among the wrong characters.
                if (firstTrail >= 0 && suspicious)
                {
                    terminators++;
                    Consider(ref best, rest, restScore, '\0', damaged + DamagedScore(text.Slice(j, 1)), j + 1, firstTrail);
                }
                (hi, lo) = (0xA3, 0xBF);
            }
            else if (c == '!')
            {
                (hi, lo) = (0xA3, 0xA1);
            }
            else if (c is >= '\u0040' and <= '\u007E')
            {
                // A trail byte read as ASCII: the decoder is back in step after it. It must be glued into Chinese text.
                if (firstTrail >= 0 && pending >= 0 && j > k)
                {
                    if (j + 1 == text.Length || IsGlueAfterTrail(glue.At(text, j + 1)))
                    {
                        var last = ByteTables.GbkChar(pending, c);
                        if (last != '\0')
                            Consider(ref best, rest, restScore, last, damaged + DamagedScore(text.Slice(j, 1)), j + 1, firstTrail);
                    }
                    else if (text[j + 1] == '?')
                    {
                        blockedAt = j + 1;
                    }
                }
                break;
            }
            else
            {
                var code = c >= 0x80 ? ByteTables.GbkCode(c) : 0;
                if (code == 0) break;
                if (RepairTriggers.IsSuspicious(c)) suspicious = true;
                (hi, lo) = (code >> 8, code & 0xFF);
            }

            damaged += DamagedScore(text.Slice(j, 1));
            if (firstTrail < 0)
            {
                firstTrail = hi;
            }
            else
            {
                var pair = ByteTables.GbkChar(pending, hi);
                if (pair == '\0' || ChineseCharTable.ClassOf(pair) >= CharKind.OddSymbol) restClean = false;
                rest.Append(pair);
                restScore += ChineseLikeness.Of(pair);
            }
            pending = lo;
        }
        // The span must gain enough without counting on the first character (its guess may fail); checked before the
        // guess, which needs the document's character pairs and the word list.
        if (best is not { } chosen || chosen.Gain - 1 < MinGain - Slack) return null;

        // The lost lead byte is guessed once, for the winner (it needs the document around the damage).
        var realigned = rest.ToString(0, chosen.RestLength) + (chosen.Last == '\0' ? "" : chosen.Last.ToString());
        var first = GuessLeadByte(chosen.FirstTrail, bigrams, q, q > 0 ? text[q - 1] : '\0', realigned.Length > 0 ? realigned[0] : '\0');
        return new Repair(q, chosen.End - q, first is { } guessed ? guessed + realigned : realigned, ChangeKinds.MojibakeGbkShift);
    }

    /// <summary>A possible end of the damage: the realigned characters so far, plus the last one (or none when its byte was lost).</summary>
    private readonly record struct Candidate(int RestLength, char Last, int End, int FirstTrail, double Gain);

    private static void Consider(ref Candidate? best, System.Text.StringBuilder rest, double restScore, char last, double damaged, int end, int firstTrail)
    {
        var length = rest.Length + (last == '\0' ? 0 : 1);
        if (length == 0) return;
        if (last != '\0' && ChineseCharTable.ClassOf(last) >= CharKind.OddSymbol) return;
        var score = restScore + (last == '\0' ? 0 : ChineseLikeness.Of(last));
        // Every realigned character is a double-byte one, so all of them count.
        if (score / length < MinMean - Slack) return;
        // The first character, still to be guessed, would add at most 1.
        var gain = score + 1 - damaged;
        if (gain < MinGain - Slack || best is { } b && gain <= b.Gain) return;
        best = new Candidate(rest.Length, last, end, firstTrail, gain);
    }

    /// <summary>
    /// The character whose lead byte was lost, among the characters with this trail byte: weighed by frequency, and
    /// much more when the document uses it next to the same neighbour elsewhere (a topic word repeats), and more when it
    /// forms a common word with a neighbour (<see cref="CommonWords"/>: 總?量 is 總容量, not 總份量).
    /// </summary>
    private static char? GuessLeadByte(int trail, DocumentBigrams bigrams, int position, char previous, char next)
    {
        // One candidate per lead byte 0x81–0xFE: the character, its evidence from the document, and its word factor.
        bigrams.Prepare(previous, next);
        Span<char> chars = stackalloc char[0x7E];
        Span<double> evidence = stackalloc double[0x7E];
        Span<double> wordFactor = stackalloc double[0x7E]; // 0: not a Han candidate the words speak for
        var count = 0;
        double hanWeight = 0, hanWeightWithWords = 0;
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            var c = ByteTables.GbkChar(lead, trail);
            if (c == '\0') continue;
            var frequency = ChineseCharTable.Frequency(c);
            chars[count] = c;
            evidence[count] = 1;
            wordFactor[count] = 0;
            // Characters too rare to win even with evidence are not looked up.
            if (frequency >= 1e-4)
            {
                evidence[count] = 1 + BigramEvidence * (bigrams.Count(previous, c, position) + bigrams.Count(c, next, position));
                if (IsHan(c))
                {
                    wordFactor[count] = 1 + (CommonWords.Frequency(previous, c) + CommonWords.Frequency(c, next)) / WordScale;
                    hanWeight += frequency * evidence[count];
                    hanWeightWithWords += frequency * evidence[count] * wordFactor[count];
                }
            }
            count++;
        }
        // Words say which Han character it was if it was one; they must not say whether it was Han or a punctuation
        // mark (a mark forms no words): the word factors move weight among the Han candidates, whose total stays put.
        var rescale = hanWeightWithWords > 0 ? hanWeight / hanWeightWithWords : 1;
        var guess = LostByteGuess.Start(GuessThreshold);
        for (var i = 0; i < count; i++)
            guess.Offer(chars[i], evidence[i] * (wordFactor[i] == 0 ? 1 : wordFactor[i] * rescale));
        return guess.Result;
    }

    private static bool IsHan(char c) => ChineseCharTable.ClassOf(c) is >= CharKind.RankedHan and <= CharKind.RareHan;

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

    /// <summary>
    /// What may follow a trail byte read as ASCII: non-ASCII, but not a full-width form of an ASCII character, which
    /// the width steps make from ASCII (<c>?</c> → <c>？</c>) or turn into ASCII (<c>Ｆ</c> → <c>F</c>): the answer
    /// would change on a second pass.
    /// </summary>
    private static bool IsGlueAfterTrail(char c) => c >= 0x80 && c is not (>= '\uFF01' and <= '\uFF5E');

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
