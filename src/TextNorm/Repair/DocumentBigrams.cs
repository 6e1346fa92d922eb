namespace TextNorm.Repair;

/// <summary>
/// How often each pair of adjacent non-ASCII characters occurs in the document: evidence for guessing a lost
/// character from the document's own words. A guess asks about one left and one right neighbour (<see cref="Prepare"/>),
/// so those two are counted with a vectorized scan each; once the scans have cost several times the document's length,
/// every pair is indexed instead (linear either way). For very long documents only the neighbourhood of each query is counted.
/// </summary>
internal sealed class DocumentBigrams
{
    /// <summary>Documents up to this length are indexed whole.</summary>
    private const int MaxIndexed = 4_000_000;

    /// <summary>For longer documents, how far around the query position is searched.</summary>
    private const int Radius = 2_000;

    /// <summary>Scans may read this many times the document before every pair is indexed instead.</summary>
    private const int ScanBudgetPerChar = 8;

    private readonly string _text;
    private Dictionary<uint, int>? _counts;
    private long _scanned;
    private char _leftAnchor, _rightAnchor;
    private Dictionary<char, int>? _afterLeft, _beforeRight; // made by the first Prepare (most documents never guess)

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
        if (_counts is null)
        {
            // Exact counts for a prepared anchor: every pair (anchor, x) or (x, anchor) was counted.
            if (first == _leftAnchor && _afterLeft is not null) return _afterLeft.GetValueOrDefault(second);
            if (second == _rightAnchor && _beforeRight is not null) return _beforeRight.GetValueOrDefault(first);
            _counts = Build(_text);
        }
        return _counts.GetValueOrDefault((uint)first << 16 | second);
    }

    /// <summary>Readies counts of pairs (<paramref name="left"/>, x) and (x, <paramref name="right"/>), for a guess between them.</summary>
    public void Prepare(char left, char right)
    {
        if (_counts is not null || _text.Length > MaxIndexed) return;
        if (_scanned > (long)ScanBudgetPerChar * _text.Length)
        {
            _counts = Build(_text);
            return;
        }
        if (left >= 0x80 && left != _leftAnchor)
        {
            _leftAnchor = left;
            Neighbours(left, after: true, _afterLeft ??= []);
        }
        if (right >= 0x80 && right != _rightAnchor)
        {
            _rightAnchor = right;
            Neighbours(right, after: false, _beforeRight ??= []);
        }
    }

    private void Neighbours(char anchor, bool after, Dictionary<char, int> counts)
    {
        counts.Clear();
        var text = _text.AsSpan();
        var pos = 0;
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOf(anchor);
            if (rel < 0) break;
            var i = pos + rel;
            var neighbour = after ? (i + 1 < text.Length ? text[i + 1] : '\0') : (i > 0 ? text[i - 1] : '\0');
            if (neighbour >= 0x80) counts[neighbour] = counts.GetValueOrDefault(neighbour) + 1;
            pos = i + 1;
            _scanned++;
        }
        _scanned += text.Length;
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
