using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// The bytes a character had before a wrong decoder turned it into mojibake, computed once from the encodings:
/// its GBK (GB18030 two-byte) code, and its Windows-1252 / Latin-1 byte.
/// </summary>
internal static class ByteTables
{
    private static class LatinBytes
    {
        public static readonly short[] Value = BuildLatin();
    }

    /// <summary>The two-byte GBK code of <paramref name="c"/> (lead &lt;&lt; 8 | trail), or 0 when it has none.</summary>
    public static int GbkCode(char c) => GbkTable.Code(c);

    /// <summary>The character a two-byte GBK code decodes to, or '\0' when the pair is not a character.</summary>
    public static char GbkChar(int lead, int trail) => GbkTable.Char(lead, trail);

    /// <summary>The byte that decodes to <paramref name="c"/> in Windows-1252 (or Latin-1 for 0x80–0x9F), or -1.</summary>
    public static int LatinByte(char c) => LatinBytes.Value[c];

    /// <summary>Forces the tables to be built.</summary>
    public static void Warm()
    {
        _ = GbkTable.Code('a');
        _ = LatinBytes.Value;
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
