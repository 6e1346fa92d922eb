using System.Text;

namespace TextNorm.Decoding;

/// <summary>
/// Decodes bytes of unknown encoding into text the way <see cref="TextNormalizer.Normalize(ReadOnlySpan{byte})"/> does
/// (spec rule 11), for callers that read bytes themselves (a JSONL reader, a stream of lines).
/// </summary>
/// <remarks>
/// Valid UTF-8 takes a fast path. Byte order marks select UTF-8, UTF-16 LE or UTF-16 BE. UTF-16 without BOM is
/// recognised when it is evident. Other bytes are read as GB18030 (which covers GBK and GB2312) or Big5, whichever reads
/// as Chinese, line by line when lines differ; UTF.Unknown decides files that read as neither. Invalid bytes are dropped,
/// never turned into U+FFFD. Mojibake repair is not done here: it is a step of <see cref="TextNormalizer"/>.
/// All members are thread-safe.
/// </remarks>
public static class ChineseTextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>, detecting their encoding unless <paramref name="options"/> forces one.</summary>
    /// <param name="bytes">The raw bytes (a file, a line, a field).</param>
    /// <param name="options">Decoding options; <see cref="DecodingOptions.Default"/> when null.</param>
    /// <returns>The decoded text (a BOM is not part of it).</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, DecodingOptions? options = null) =>
        TextDecoder.Decode(bytes, options ?? DecodingOptions.Default, null, out _);

    /// <summary>Decodes <paramref name="bytes"/> and tells which encoding was used.</summary>
    /// <param name="bytes">The raw bytes (a file, a line, a field).</param>
    /// <param name="encodingName">
    /// The encoding used: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>gb18030</c>, <c>big5</c>, or another web name
    /// when UTF.Unknown decided; for a file whose lines were decoded in different encodings, their names joined by
    /// <c>+</c> in order of first use (e.g. <c>utf-8+gb18030+big5</c>).
    /// </param>
    /// <param name="options">Decoding options; <see cref="DecodingOptions.Default"/> when null.</param>
    /// <returns>The decoded text (a BOM is not part of it).</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName, DecodingOptions? options = null) =>
        TextDecoder.Decode(bytes, options ?? DecodingOptions.Default, null, out encodingName);

    /// <summary>
    /// An encoding by name, for a <c>--encoding NAME</c> option: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>,
    /// <c>gbk</c>, <c>gb2312</c>, <c>gb18030</c> (all three read as GB18030, their superset), <c>big5</c>, or any name
    /// .NET or its code-page provider knows. Decoding with it drops invalid bytes instead of writing U+FFFD.
    /// </summary>
    /// <param name="name">The encoding's name (case-insensitive).</param>
    /// <exception cref="ArgumentException">No encoding has that name.</exception>
    public static Encoding GetEncoding(string name) => CodePages.GetByName(name);
}
