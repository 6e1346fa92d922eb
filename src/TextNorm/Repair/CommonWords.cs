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
    private static readonly Lazy<Words> Table = new(Load);

    /// <summary>
    /// The words grouped by first character: those starting with <c>c</c> are <c>Starts[c]</c> up to
    /// <c>Starts[c + 1]</c>, sorted by second character. A guess asks about one fixed neighbour and ~100 candidates, so
    /// a lookup is one short binary search (a search over all 132,000 words was 2–3% of a Traditional document's time).
    /// </summary>
    private sealed record Words(int[] Starts, char[] Seconds, ushort[] Frequencies);

    /// <summary>How often <paramref name="first"/><paramref name="second"/> occurs as a word in the list (0 when it is not one).</summary>
    public static int Frequency(char first, char second)
    {
        var words = Table.Value;
        var from = words.Starts[first];
        var at = words.Seconds.AsSpan(from, words.Starts[first + 1] - from).BinarySearch(second);
        return at >= 0 ? words.Frequencies[from + at] : 0;
    }

    private static Words Load()
    {
        const string resource = "TextNorm.Words.CommonWords.bin";
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; the build restores and generates it (words/Words.targets).");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        // Layout: count, then the keys (first << 16 | second, ascending), then the frequencies in the same order.
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var starts = new int[0x10001];
        var seconds = new char[count];
        var frequencies = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            var key = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 + i * 4));
            seconds[i] = (char)(key & 0xFFFF);
            starts[(key >> 16) + 1]++;
            frequencies[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4 + count * 4 + i * 2));
        }
        for (var c = 1; c < starts.Length; c++) starts[c] += starts[c - 1];
        return new Words(starts, seconds, frequencies);
    }
}
