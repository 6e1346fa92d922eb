using System.Text;

namespace TextNorm.Decoding;

/// <summary>
/// The legacy Chinese encodings, from <see cref="CodePagesEncodingProvider"/> (registered once, thread-safely, on first use).
/// Decoders replace invalid bytes with U+FFFD (never <c>?</c>) so that damage can be told from a real question mark;
/// encoders throw on characters the encoding lacks, so that re-encoding for repair never invents bytes.
/// </summary>
internal static class CodePages
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Encoding> Gb18030Lazy = new(() => Get(54936));
    private static readonly Lazy<Encoding> Big5Lazy = new(() => Get(950));
    private static readonly Lazy<Encoding> Cp1252Lazy = new(() => Get(1252));

    /// <summary>GB18030 (a superset of GBK and GB2312): decodes every GBK file.</summary>
    public static Encoding Gb18030 => Gb18030Lazy.Value;

    /// <summary>Big5 (code page 950).</summary>
    public static Encoding Big5 => Big5Lazy.Value;

    /// <summary>Windows-1252 (Western), the usual wrong guess for UTF-8 bytes.</summary>
    public static Encoding Cp1252 => Cp1252Lazy.Value;

    /// <summary>Makes sure the code-page encodings can be found by name or number.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>An encoding by code page with strict encoding and U+FFFD decoding.</summary>
    public static Encoding Get(int codePage)
    {
        EnsureRegistered();
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    /// <summary>
    /// An encoding by name (<c>utf-8</c>, <c>gbk</c>, <c>gb2312</c>, <c>gb18030</c>, <c>big5</c>, <c>utf-16le</c>, ...).
    /// GBK and GB2312 are read as GB18030, their superset, so no valid byte is lost.
    /// </summary>
    public static Encoding GetByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureRegistered();
        var key = name.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal);
        return key switch
        {
            "utf8" or "utf-8" or "utf-8-bom" => new UTF8Encoding(false, false),
            "utf16" or "utf-16" or "utf-16le" or "unicode" => new UnicodeEncoding(false, false, false),
            "utf-16be" or "unicodefffe" => new UnicodeEncoding(true, false, false),
            "gbk" or "gb2312" or "cp936" or "936" or "gb18030" or "54936" or "euc-cn" => Gb18030,
            "big5" or "cp950" or "950" or "big5-hkscs" => Big5,
            _ => WithFallbacks(Encoding.GetEncoding(key)),
        };
    }

    /// <summary>The same encoding with strict encoding and U+FFFD decoding.</summary>
    public static Encoding WithFallbacks(Encoding e) =>
        Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    /// <summary>The short lower-case name recorded in the changes for an encoding.</summary>
    public static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        54936 or 936 => "gb18030",
        950 => "big5",
        _ => encoding.WebName,
    };

    /// <summary>
    /// Decodes with <paramref name="encoding"/> into <paramref name="chars"/>; GB18030 takes the table-driven fast path.
    /// Big5 byte pair A2 41 is the full-width slash of Taiwanese bylines (<c>記者王明／台北報導</c>): Big5 and browsers read
    /// it as U+FF0F, Windows code page 950 as U+2215 DIVISION SLASH, which no Chinese text means there.
    /// </summary>
    public static int GetChars(Encoding encoding, ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (encoding.CodePage == 54936 && encoding.DecoderFallback is DecoderReplacementFallback { DefaultString: "\uFFFD" })
            return GbkTable.Decode(bytes, chars);
        var n = encoding.GetChars(bytes, chars);
        if (encoding.CodePage == 950) chars[..n].Replace('\u2215', '\uFF0F');
        return n;
    }
}
