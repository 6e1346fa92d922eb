namespace TextNorm.Decoding;

/// <summary>
/// Scores how much text looks like ordinary Chinese prose, character by character, from <see cref="ChineseCharTable"/>:
/// frequent characters and prose punctuation score high, rare characters near zero, and the characters that damage
/// produces (private use, bopomofo, U+FFFD, symbol rows of GBK, Latin-1 symbols) below zero. ASCII is neutral.
/// </summary>
internal static class ChineseLikeness
{
    /// <summary>The score of one character (about −2 to 1).</summary>
    public static double Of(char c)
    {
        if (c < 0x80) return 0;
        return ChineseCharTable.ClassOf(c) switch
        {
            CharKind.CommonPunctuation => 1.0,
            CharKind.RankedHan => ChineseCharTable.Rank(c) switch
            {
                < 500 => 1.0,
                < 1500 => 0.9,
                < 3000 => 0.8,
                _ => 0.7,
            },
            CharKind.CommonHan => 0.5,
            CharKind.LessCommonHan => 0.3,
            CharKind.RareHan => 0.0,
            CharKind.SupplementaryHan => 0.3,
            CharKind.OddSymbol => -0.8,
            CharKind.Bopomofo => -1.0,
            CharKind.PrivateUse => -1.5,
            CharKind.Replacement => -2.0,
            _ => 0,
        };
    }

    /// <summary>The sum of <see cref="Of(char)"/> over a span.</summary>
    public static double Sum(ReadOnlySpan<char> text)
    {
        double sum = 0;
        foreach (var c in text) sum += Of(c);
        return sum;
    }

    /// <summary>
    /// For choosing between decodings of the same bytes: the mean score of the non-ASCII characters other than
    /// U+FFFD, less 1.5 × the share of U+FFFD among them (the decoder's mark for invalid bytes).
    /// </summary>
    public static double DecodingScore(ReadOnlySpan<char> text)
    {
        double sum = 0;
        int n = 0, invalid = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (c == '\uFFFD')
            {
                invalid++;
                continue;
            }
            n++;
            sum += char.IsSurrogate(c) ? 0.15 : Of(c);
        }
        if (n + invalid == 0) return 0;
        return (n == 0 ? -2 : sum / n) - 1.5 * invalid / (n + invalid);
    }
}
