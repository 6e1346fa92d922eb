using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// The bytes a character had before a wrong decoder turned it into mojibake, computed once from the encodings:
/// its GBK (GB18030 two-byte) code, and its Windows-1252 / Latin-1 byte.
/// </summary>
internal static class ByteTables
{
    private static readonly Lazy<(ushort[] Codes, char[] Chars)> Gbk = new(BuildGbk, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<short[]> LatinBytes = new(BuildLatin, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The two-byte GBK code of <paramref name="c"/> (lead &lt;&lt; 8 | trail), or 0 when it has none.</summary>
    public static int GbkCode(char c) => Gbk.Value.Codes[c];

    /// <summary>The character a two-byte GBK code decodes to, or '\0' when the pair is not a character.</summary>
    public static char GbkChar(int lead, int trail) => lead is >= 0x81 and <= 0xFE && trail is >= 0x40 and <= 0xFE ? Gbk.Value.Chars[lead << 8 | trail] : '\0';

    /// <summary>The byte that decodes to <paramref name="c"/> in Windows-1252 (or Latin-1 for 0x80–0x9F), or -1.</summary>
    public static int LatinByte(char c) => LatinBytes.Value[c];

    /// <summary>Forces the tables to be built.</summary>
    public static void Warm()
    {
        _ = Gbk.Value;
        _ = LatinBytes.Value;
    }

    private static (ushort[] Codes, char[] Chars) BuildGbk()
    {
        var table = new ushort[65536];
        var chars = new char[65536];
        var gb = CodePages.Gb18030;
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var lead = 0x81; lead <= 0xFE; lead++)
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail == 0x7F) continue;
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (gb.GetChars(pair, decoded) != 1 || decoded[0] == '\uFFFD' || char.IsSurrogate(decoded[0])) continue;
                chars[lead << 8 | trail] = decoded[0];
                if (table[decoded[0]] == 0) table[decoded[0]] = (ushort)(lead << 8 | trail);
            }
        return (table, chars);
    }

    private static short[] BuildLatin()
    {
        var table = new short[65536];
        Array.Fill(table, (short)-1);
        for (var b = 0; b < 0x100; b++) table[b] = (short)b;
        var cp = CodePages.Cp1252;
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (var b = 0x80; b <= 0x9F; b++)
        {
            one[0] = (byte)b;
            if (cp.GetChars(one, decoded) == 1 && decoded[0] != '\uFFFD') table[decoded[0]] = (short)b;
        }
        return table;
    }
}
