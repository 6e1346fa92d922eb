using System.Buffers.Binary;

namespace TextNorm.Repair;

/// <summary>
/// How often two characters form a word: the two-character words of the jieba word list (npm nodejieba, pinned in
/// <c>words/words.json</c>), in Simplified and Traditional forms, generated at build time and embedded. Word-level
/// evidence for guessing a character whose byte was lost: 容 and 份 are about as common alone, but 容量 is a far
/// more common word than 份量.
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<(uint[] Keys, ushort[] Frequencies)> Table = new(Load);

    /// <summary>How often <paramref name="first"/><paramref name="second"/> occurs as a word in the list (0 when it is not one).</summary>
    public static int Frequency(char first, char second)
    {
        var (keys, frequencies) = Table.Value;
        var at = keys.AsSpan().BinarySearch((uint)first << 16 | second);
        return at >= 0 ? frequencies[at] : 0;
    }

    private static (uint[] Keys, ushort[] Frequencies) Load()
    {
        const string resource = "TextNorm.Words.CommonWords.bin";
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; the build restores and generates it (words/Words.targets).");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var keys = new uint[count];
        var frequencies = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 + i * 4));
            frequencies[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4 + count * 4 + i * 2));
        }
        return (keys, frequencies);
    }
}
