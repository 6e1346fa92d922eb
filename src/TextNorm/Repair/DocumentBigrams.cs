namespace TextNorm.Repair;

/// <summary>
/// How often each pair of adjacent non-ASCII characters occurs in the document: evidence for guessing a lost
/// character from the document's own words. Built on first use, once per document; for very long documents only the
/// neighbourhood of each query is counted.
/// </summary>
internal sealed class DocumentBigrams
{
    /// <summary>Documents up to this length are indexed whole.</summary>
    private const int MaxIndexed = 4_000_000;

    /// <summary>For longer documents, how far around the query position is searched.</summary>
    private const int Radius = 2_000;

    private readonly string _text;
    private Dictionary<uint, int>? _counts;

    public DocumentBigrams(string text) => _text = text;

    /// <summary>How many times <paramref name="first"/> is directly followed by <paramref name="second"/> (near <paramref name="position"/> in a long document).</summary>
    public int Count(char first, char second, int position)
    {
        if (first < 0x80 || second < 0x80) return 0;
        if (_text.Length > MaxIndexed)
        {
            var from = Math.Max(0, position - Radius);
            var window = _text.AsSpan(from, Math.Min(_text.Length, position + Radius) - from);
            ReadOnlySpan<char> pair = [first, second];
            return window.Count(pair);
        }
        _counts ??= Build(_text);
        return _counts.GetValueOrDefault((uint)first << 16 | second);
    }

    private static Dictionary<uint, int> Build(string text)
    {
        var counts = new Dictionary<uint, int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var a = text[i];
            var b = text[i + 1];
            if (a < 0x80 || b < 0x80) continue;
            var key = (uint)a << 16 | b;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
