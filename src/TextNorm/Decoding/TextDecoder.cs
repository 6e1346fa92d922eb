using System.Text;

namespace TextNorm.Decoding;

/// <summary>Turns bytes into text. Valid UTF-8 takes a fast path; BOMs select UTF-8 or UTF-16.</summary>
internal sealed class TextDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly DecodingOptions _options;

    public TextDecoder(DecodingOptions options) => _options = options;

    public string Decode(ReadOnlySpan<byte> bytes, ChangeLog changes)
    {
        if (_options.ForcedEncoding is { } forced)
        {
            changes.Record(ChangeKinds.Encoding, 0, "", forced.WebName);
            return forced.GetString(bytes);
        }
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            changes.Record(ChangeKinds.Encoding, 0, "", "utf-8-bom");
            return Utf8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            changes.Record(ChangeKinds.Encoding, 0, "", "utf-16le");
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            changes.Record(ChangeKinds.Encoding, 0, "", "utf-16be");
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        return Utf8.GetString(bytes);
    }
}
