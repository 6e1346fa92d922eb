using System.Text;

namespace TextNorm.Decoding;

/// <summary>How the byte overloads of <see cref="TextNormalizer"/> turn bytes into text (spec rule 11).</summary>
public sealed record DecodingOptions
{
    /// <summary>Detect the encoding, per line when a file mixes encodings.</summary>
    public static DecodingOptions Default { get; } = new();

    /// <summary>When set, every input is decoded with this encoding and no detection runs.</summary>
    public Encoding? ForcedEncoding { get; init; }

    /// <summary>
    /// When true (the default), a file that is not valid UTF-8 is decoded line by line, each line in its own
    /// encoding (UTF-8, GB18030 or Big5); when false, the whole file is decoded in the one encoding detected for it.
    /// </summary>
    public bool DetectPerLine { get; init; } = true;

    /// <summary>Options that force the encoding named <paramref name="encodingName"/> (see <see cref="ChineseTextDecoder.GetEncoding"/>).</summary>
    public static DecodingOptions ForEncoding(string encodingName) => new() { ForcedEncoding = ChineseTextDecoder.GetEncoding(encodingName) };
}
