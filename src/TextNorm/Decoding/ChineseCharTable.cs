using System.Text;
using UtfUnknown.Core.Analyzers.Chinese;

namespace TextNorm.Decoding;

/// <summary>How common a character is in Chinese text, by class.</summary>
internal enum CharKind : byte
{
    /// <summary>Anything not listed below (ASCII, Latin letters in general, emoji, ...): neutral.</summary>
    Other = 0,
    /// <summary>A full-width punctuation mark of everyday prose (<c>，。、“”：；！？（）《》…</c>).</summary>
    CommonPunctuation,
    /// <summary>A Han character with a known frequency rank (see <see cref="ChineseCharTable.Rank"/>).</summary>
    RankedHan,
    /// <summary>A Han character in GB2312 level 1 or Big5 level 1 (common use) without a rank.</summary>
    CommonHan,
    /// <summary>A Han character in GB2312 level 2 or Big5 level 2 (less common).</summary>
    LessCommonHan,
    /// <summary>Any other Han character: GBK/GB18030-only, Extension A, compatibility ideographs.</summary>
    RareHan,
    /// <summary>Supplementary-plane Han (Extension B and later): rare but never produced by GBK damage.</summary>
    SupplementaryHan,
    /// <summary>Kana, Greek, Cyrillic, box drawing, pinyin letters, Latin-1 symbols, CP1252 specials: the other rows of GBK, and Latin-1 mojibake.</summary>
    OddSymbol,
    /// <summary>Bopomofo (U+3100–U+312F).</summary>
    Bopomofo,
    /// <summary>Private-use area (U+E000–U+F8FF): GBK user-defined rows.</summary>
    PrivateUse,
    /// <summary>U+FFFD, the replacement character.</summary>
    Replacement,
}

/// <summary>
/// Character frequency data for Chinese text, computed once at startup from the encodings themselves:
/// GB2312 levels (level 1 = GB2312 bytes B0A1–D7FE, level 2 = D8A1–F7FE) and Big5 levels (level 1 = A440–C67E,
/// level 2 = C940–F9D5) come from the GB18030 and Big5 decoders; frequency ranks come from the character-distribution
/// tables of the UTF.Unknown detector (Mozilla's GB2312 and Big5 frequency orders), read through their public
/// <c>GetOrder</c> API and the protected table.
/// </summary>
internal static class ChineseCharTable
{
    /// <summary>No rank known.</summary>
    public const ushort Unranked = ushort.MaxValue;

    /// <summary>Punctuation of everyday prose, most frequent first; a mark's index here, scaled, is its rank.</summary>
    private const string PunctuationByFrequency = "，。、“”：；！？（）《》…—‘’「」『』【】·～";

    /// <summary>Holds the tables; the runtime builds them, once and thread-safely, on first access (type initializer).</summary>
    private static class Data
    {
        public static readonly Tables Value = Build();
    }

    /// <summary>The class of a UTF-16 code unit (surrogates: <see cref="CharKind.Other"/>).</summary>
    public static CharKind ClassOf(char c) => (CharKind)Data.Value.Classes[c];

    /// <summary>Frequency rank (0 = most frequent) or <see cref="Unranked"/>. Punctuation of prose ranks at the top.</summary>
    public static int Rank(char c) => Data.Value.Ranks[c];

    /// <summary>Share of prose punctuation marks among the characters of Chinese news text (approximate), in the order of <see cref="PunctuationByFrequency"/>.</summary>
    private static readonly double[] PunctuationShare =
        [0.05, 0.025, 0.012, 0.008, 0.008, 0.003, 0.002, 0.001, 0.001, 0.002, 0.002, 0.002, 0.002, 0.0005, 0.0005, 0.0003, 0.0003, 0.0003, 0.0003, 0.0001, 0.0001, 0.0002, 0.0002, 0.0003, 0.0001];

    /// <summary>
    /// Approximate share of <paramref name="c"/> among the characters of Chinese text: prose punctuation from a fixed
    /// table, ranked Han characters by Zipf's law (0.4 / (rank + 10): 的 about 4 %), unranked ones by their class.
    /// </summary>
    public static double Frequency(char c)
    {
        var kind = ClassOf(c);
        if (kind == CharKind.CommonPunctuation)
        {
            var i = PunctuationByFrequency.IndexOf(c, StringComparison.Ordinal);
            return i >= 0 && i < PunctuationShare.Length ? PunctuationShare[i] : 0.0001;
        }
        return kind switch
        {
            CharKind.RankedHan => 0.4 / (Rank(c) + 10),
            CharKind.CommonHan => 2e-5,
            CharKind.LessCommonHan => 1e-5,
            CharKind.RareHan => 2e-6,
            _ => 1e-6,
        };
    }

    /// <summary>Forces the tables to be built (for benchmarks and startup).</summary>
    public static void Warm() => _ = Data.Value;

    /// <summary>Every BMP character whose class is at least as suspicious as <paramref name="from"/> (for building scanners).</summary>
    public static string CharsOfKindAtLeast(CharKind from)
    {
        var classes = Data.Value.Classes;
        var sb = new StringBuilder();
        for (var c = 0x80; c < 0x10000; c++)
            if (classes[c] >= (byte)from && classes[c] != (byte)CharKind.SupplementaryHan && !char.IsSurrogate((char)c)) sb.Append((char)c);
        return sb.ToString();
    }

    private sealed class Tables
    {
        public readonly byte[] Classes = new byte[65536];
        public readonly ushort[] Ranks = new ushort[65536];
    }

    private static Tables Build()
    {
        var t = new Tables();
        Array.Fill(t.Ranks, Unranked);
        var gb = CodePages.Gb18030;
        var big5 = CodePages.Big5;

        // Everything that is not Han or listed below stays Other (neutral).
        for (var c = 0x3400; c <= 0x4DBF; c++) t.Classes[c] = (byte)CharKind.RareHan;
        for (var c = 0x4E00; c <= 0x9FFF; c++) t.Classes[c] = (byte)CharKind.RareHan;
        for (var c = 0xF900; c <= 0xFAFF; c++) t.Classes[c] = (byte)CharKind.RareHan;
        for (var c = 0xE000; c <= 0xF8FF; c++) t.Classes[c] = (byte)CharKind.PrivateUse;
        for (var c = 0x3100; c <= 0x312F; c++) t.Classes[c] = (byte)CharKind.Bopomofo;
        for (var c = 0x31A0; c <= 0x31BF; c++) t.Classes[c] = (byte)CharKind.Bopomofo;
        t.Classes[0xFFFD] = (byte)CharKind.Replacement;
        // Latin-1 supplement and the CP1252 specials: what UTF-8 bytes look like when read as Latin-1/CP1252.
        for (var c = 0x80; c <= 0xFF; c++) t.Classes[c] = (byte)CharKind.OddSymbol;
        foreach (var c in Cp1252Specials()) t.Classes[c] = (byte)CharKind.OddSymbol;

        // The non-Han rows of GBK (A1–A9: symbols, kana, Greek, Cyrillic, pinyin letters, bopomofo, box drawing),
        // except the punctuation of prose and the full-width ASCII row, which Chinese text uses.
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var lead = 0xA1; lead <= 0xA9; lead++)
        {
            if (lead == 0xA3) continue;
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (gb.GetChars(pair, decoded) != 1) continue;
                var c = decoded[0];
                if (t.Classes[c] == 0 && !IsGeneralPunctuation(c)) t.Classes[c] = (byte)CharKind.OddSymbol;
            }
        }

        MarkLevel(t, gb, 0xB0, 0xD7, 0xA1, 0xFE, CharKind.CommonHan);
        MarkLevel(t, gb, 0xD8, 0xF7, 0xA1, 0xFE, CharKind.LessCommonHan);
        MarkBig5Level(t, big5, 0xA4, 0xC6, CharKind.CommonHan);
        MarkBig5Level(t, big5, 0xC9, 0xF9, CharKind.LessCommonHan);

        var gbRanks = new GbRanks();
        var big5Ranks = new Big5Ranks();
        RankAll(t, gb, gbRanks, 0xB0, 0xF7, [(0xA1, 0xFE)]);
        RankAll(t, big5, big5Ranks, 0xA4, 0xF9, [(0x40, 0x7E), (0xA1, 0xFE)]);

        for (var i = 0; i < PunctuationByFrequency.Length; i++)
        {
            var c = PunctuationByFrequency[i];
            t.Classes[c] = (byte)CharKind.CommonPunctuation;
            t.Ranks[c] = (ushort)(i < 5 ? 0 : i * 4);
        }
        return t;
    }

    private static bool IsGeneralPunctuation(char c) => c is >= '\u2010' and <= '\u203A' || c is >= '\u3000' and <= '\u303F';

    private static void MarkLevel(Tables t, Encoding enc, int leadFrom, int leadTo, int trailFrom, int trailTo, CharKind cls)
    {
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var lead = leadFrom; lead <= leadTo; lead++)
            for (var trail = trailFrom; trail <= trailTo; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (enc.GetChars(pair, decoded) != 1) continue;
                var c = decoded[0];
                var current = (CharKind)t.Classes[c];
                if (current == CharKind.RareHan || current == CharKind.LessCommonHan && cls == CharKind.CommonHan)
                    t.Classes[c] = (byte)cls;
            }
    }

    private static void MarkBig5Level(Tables t, Encoding big5, int leadFrom, int leadTo, CharKind cls)
    {
        // Big5 level 1 ends at C67E and level 2 starts at C940; the rows between hold symbols and kana.
        MarkLevel(t, big5, leadFrom, leadTo, 0x40, 0x7E, cls);
        MarkLevel(t, big5, leadFrom, cls == CharKind.CommonHan ? 0xC5 : leadTo, 0xA1, 0xFE, cls);
    }

    private static void RankAll(Tables t, Encoding enc, IRanks ranks, int leadFrom, int leadTo, (int From, int To)[] trails)
    {
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var lead = leadFrom; lead <= leadTo; lead++)
            foreach (var (from, to) in trails)
                for (var trail = from; trail <= to; trail++)
                {
                    pair[0] = (byte)lead;
                    pair[1] = (byte)trail;
                    var rank = ranks.RankOf(pair);
                    if (rank < 0 || enc.GetChars(pair, decoded) != 1) continue;
                    var c = decoded[0];
                    if (!Text.CharClass.IsHan(c)) continue;
                    if (rank < t.Ranks[c]) t.Ranks[c] = (ushort)rank;
                    t.Classes[c] = (byte)CharKind.RankedHan;
                }
    }

    private static List<char> Cp1252Specials()
    {
        var cp = CodePages.Cp1252;
        Span<byte> one = stackalloc byte[1];
        var list = new List<char>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            one[0] = (byte)b;
            var s = cp.GetString(one);
            if (s.Length == 1 && s[0] != '\uFFFD' && s[0] > 0xFF) list.Add(s[0]);
        }
        return list;
    }

    private interface IRanks
    {
        int RankOf(ReadOnlySpan<byte> pair);
    }

    /// <summary>Mozilla's GB2312 frequency order, as shipped in UTF.Unknown.</summary>
    private sealed class GbRanks : GB18030DistributionAnalyser, IRanks
    {
        public int RankOf(ReadOnlySpan<byte> pair)
        {
            var order = GetOrder(pair);
            return order >= 0 && order < charToFreqOrder.Length ? charToFreqOrder[order] : -1;
        }
    }

    /// <summary>Mozilla's Big5 frequency order, as shipped in UTF.Unknown.</summary>
    private sealed class Big5Ranks : BIG5DistributionAnalyser, IRanks
    {
        public int RankOf(ReadOnlySpan<byte> pair)
        {
            var order = GetOrder(pair);
            return order >= 0 && order < charToFreqOrder.Length ? charToFreqOrder[order] : -1;
        }
    }
}
