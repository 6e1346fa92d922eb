using System.Text;

namespace TextNorm.Decoding;

/// <summary>How the byte overloads of <see cref="TextNormalizer"/> turn bytes into text (spec rule 11).</summary>
public sealed record DecodingOptions
{
    /// <summary>Detect the encoding, per line when a file mixes encodings.</summary>
    public static DecodingOptions Default { get; } = new();

    /// <summary>When set, every input is decoded with this encoding and no detection runs.</summary>
    public Encoding? ForcedEncoding { get; init; }
}
