namespace TextNorm.Decoding;

/// <summary>
/// The two-byte part of GB18030 (= GBK) as lookup tables, computed once from the GB18030 decoder: character → code and
/// code → character. Used to decode GBK fast and to re-encode text for mojibake repair.
/// </summary>
internal static class GbkTable
{
    /// <summary>Built on first access by the type initializer (once, thread-safely).</summary>
    private static class Data
    {
        public static readonly ushort[] Codes = new ushort[65536];
        public static readonly char[] Chars = new char[65536];

        static Data()
        {
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
                    Chars[lead << 8 | trail] = decoded[0];
                    if (Codes[decoded[0]] == 0) Codes[decoded[0]] = (ushort)(lead << 8 | trail);
                }
        }
    }

    /// <summary>The two-byte GBK code of <paramref name="c"/> (lead &lt;&lt; 8 | trail), or 0 when it has none.</summary>
    public static int Code(char c) => Data.Codes[c];

    /// <summary>The character a two-byte GBK code decodes to, or '\0' when the pair is not a character.</summary>
    public static char Char(int lead, int trail) =>
        lead is >= 0x81 and <= 0xFE && trail is >= 0x40 and <= 0xFE ? Data.Chars[lead << 8 | trail] : '\0';

    /// <summary>
    /// Decodes GB18030 bytes into <paramref name="chars"/> (at least as long as <paramref name="bytes"/>), with U+FFFD for
    /// invalid bytes; two-byte codes from the table, four-byte ones through the framework's decoder. Returns the count.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var chars2 = Data.Chars;
        var n = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
                continue;
            }
            if (b is >= 0x81 and <= 0xFE && i + 1 < bytes.Length)
            {
                var t = bytes[i + 1];
                if (t is >= 0x40 and <= 0xFE && t != 0x7F && chars2[b << 8 | t] is var c && c != '\0')
                {
                    chars[n++] = c;
                    i += 2;
                    continue;
                }
                if (t is >= 0x30 and <= 0x39 && i + 3 < bytes.Length)
                {
                    var four = CodePages.Gb18030.GetChars(bytes.Slice(i, 4), chars[n..]);
                    if (four > 0 && chars[n] != '\uFFFD')
                    {
                        n += four;
                        i += 4;
                        continue;
                    }
                }
            }
            chars[n++] = '\uFFFD';
            i++;
        }
        return n;
    }
}
