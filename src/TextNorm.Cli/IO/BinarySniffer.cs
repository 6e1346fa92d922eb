namespace TextNorm.Cli.IO;

/// <summary>
/// Tells binary files (images, archives, executables) from text by their first bytes, so they are skipped instead of
/// being "normalized" into garbage. Text in UTF-16 (with a byte order mark) contains NUL bytes and is still text.
/// </summary>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes are examined.</summary>
    public const int SampleSize = 8192;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 3, 4], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([(byte)'B', (byte)'Z', (byte)'h'], "bzip2 archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z'], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "executable"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
    ];

    /// <summary>
    /// Detects a binary file from the start of a seekable stream and rewinds it; null for text, or when the stream
    /// cannot seek (a pipe is read as it comes).
    /// </summary>
    public static string? DetectAtStart(Stream stream)
    {
        if (!stream.CanSeek) return null;
        var sample = new byte[SampleSize];
        var n = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return Detect(sample.AsSpan(0, n));
    }

    /// <summary>Returns why the sample looks binary, or null when it looks like text.</summary>
    public static string? Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.Length > SampleSize) sample = sample[..SampleSize];
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return null;
        foreach (var (magic, kind) in Signatures)
        {
            if (sample.StartsWith(magic)) return $"binary file ({kind})";
        }
        if (sample.Contains((byte)0)) return "binary file (contains NUL bytes)";
        return null;
    }
}
