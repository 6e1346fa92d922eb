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
    /// <paramref name="source"/> without the characters in <paramref name="leftOut"/>; a surrogate in the set is left
    /// out only when it is lone (a pair is one real character).
    /// </summary>
    public static TextView Without(string source, SearchValues<char> leftOut)
    {
        if (source.AsSpan().IndexOfAny(leftOut) < 0) return new TextView(source, null);
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
            if (leftOut.Contains(c)) continue;
            map[n] = i;
            chars[n++] = c;
        }
        return new TextView(new string(chars, 0, n), map);
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
