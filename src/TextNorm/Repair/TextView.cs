using System.Buffers;

namespace TextNorm.Repair;

/// <summary>
/// A text with some characters left out (those a later step deletes), and the way back from its positions to the
/// source's. When the source holds none of them, the view is the source itself and costs one vector scan.
/// </summary>
internal readonly struct TextView
{
    private readonly int[]? _sourceIndex;

    private TextView(string text, int[]? sourceIndex)
    {
        Text = text;
        _sourceIndex = sourceIndex;
    }

    /// <summary>The text the finders read.</summary>
    public string Text { get; }

    /// <summary>
    /// <paramref name="source"/> without the characters in <paramref name="leftOut"/> and without lone surrogates
    /// (which a later step always removes; a pair is one real character and stays). The set holds no surrogates, so
    /// that it scans at vector speed.
    /// </summary>
    public static TextView Without(string source, SearchValues<char> leftOut)
    {
        var span = source.AsSpan();
        if (span.IndexOfAny(leftOut) < 0 && !HasLoneSurrogate(span)) return new TextView(source, null);
        var map = new int[source.Length];
        var chars = new char[source.Length];
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                map[n] = i;
                chars[n++] = c;
                map[n] = i + 1;
                chars[n++] = source[++i];
                continue;
            }
            if (char.IsSurrogate(c) || leftOut.Contains(c)) continue;
            map[n] = i;
            chars[n++] = c;
        }
        return new TextView(new string(chars, 0, n), map);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0; i = text.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
            text = text[(i + 2)..];
        }
        return false;
    }

    /// <summary>Turns the positions of <paramref name="repairs"/>[<paramref name="from"/>..] into source positions: a repair then also covers the left-out characters inside it.</summary>
    public void MapToSource(List<Repair> repairs, int from)
    {
        if (_sourceIndex is not { } map) return;
        for (var k = from; k < repairs.Count; k++)
        {
            var r = repairs[k];
            var start = map[r.Start];
            var end = map[r.End - 1] + 1;
            repairs[k] = r with { Start = start, Length = end - start };
        }
    }
}
