namespace TextNorm.Conversion.Engine;

/// <summary>
/// A compact, immutable trie over UTF-16 units, built once from sorted keys: each node's children sit side by side in
/// flat arrays (sorted, searched in place), the root's children are indexed directly by the first unit. Lookups
/// allocate nothing and never hash substrings.
/// </summary>
internal sealed class Trie
{
    private const int None = -1;

    private readonly int[] _rootChild;      // first unit -> node, or None
    private readonly int[] _childStart;     // node -> index of its first child in _childUnits/_childNodes
    private readonly int[] _childCount;
    private readonly char[] _childUnits;
    private readonly int[] _childNodes;
    private readonly int[] _valueStart;     // node -> start of its value in _values, or None
    private readonly int[] _valueLength;
    private readonly char[] _values;
    private readonly ulong[] _pairFilter;   // bit set for the first two units of every key (no false negatives)
    private const int PairFilterBits = 1 << 20;

    /// <param name="entries">Sorted by key (ordinal), keys unique and non-empty.</param>
    public Trie(MergedEntries entries)
    {
        var nodeCount = 1 + CountNodes(entries);
        var valueChars = 0;
        for (var i = 0; i < entries.Count; i++) valueChars += entries.Value(i).Length;
        _childStart = new int[nodeCount];
        _childCount = new int[nodeCount];
        _valueStart = new int[nodeCount];
        _valueLength = new int[nodeCount];
        Array.Fill(_valueStart, None);
        _childUnits = new char[nodeCount - 1];
        _childNodes = new int[nodeCount - 1];
        _values = new char[valueChars];

        new Builder(this, entries).Build();

        _pairFilter = new ulong[PairFilterBits / 64];
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries.Key(i);
            if (key.Length < 2) continue;
            var bit = PairBit(key[0], key[1]);
            _pairFilter[bit >> 6] |= 1UL << (int)(bit & 63);
        }

        _rootChild = new int[0x10000];
        Array.Fill(_rootChild, None);
        for (var i = 0; i < _childCount[0]; i++)
            _rootChild[_childUnits[_childStart[0] + i]] = _childNodes[_childStart[0] + i];
    }

    /// <summary>
    /// Length of the longest key that <paramref name="text"/> starts with at <paramref name="start"/> (keys never
    /// reach past the end of <paramref name="text"/>), with its value; 0 when no key matches.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<char> text, int start, out ReadOnlySpan<char> value)
    {
        value = default;
        var node = _rootChild[text[start]];
        if (node == None) return 0;
        var best = 0;
        var bestNode = None;
        var j = start + 1;
        // Most positions fail on the second unit: a bit test avoids the search among the root child's children.
        if (j < text.Length && !PairMayStartKey(text[start], text[j]))
        {
            if (_valueStart[node] == None) return 0;
            value = _values.AsSpan(_valueStart[node], _valueLength[node]);
            return 1;
        }
        while (true)
        {
            if (_valueStart[node] != None)
            {
                best = j - start;
                bestNode = node;
            }
            if (j >= text.Length) break;
            var next = FindChild(node, text[j]);
            if (next == None) break;
            node = next;
            j++;
        }
        if (bestNode != None) value = _values.AsSpan(_valueStart[bestNode], _valueLength[bestNode]);
        return best;
    }

    private static uint PairBit(char first, char second) => (uint)(first * 40503 + second) & (PairFilterBits - 1);

    private bool PairMayStartKey(char first, char second)
    {
        var bit = PairBit(first, second);
        return (_pairFilter[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private int FindChild(int node, char unit)
    {
        var lo = _childStart[node];
        var hi = lo + _childCount[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var u = _childUnits[mid];
            if (u == unit) return _childNodes[mid];
            if (u < unit) lo = mid + 1;
            else hi = mid - 1;
        }
        return None;
    }

    /// <summary>Distinct non-empty prefixes of the sorted keys = nodes below the root.</summary>
    private static int CountNodes(MergedEntries sorted)
    {
        var count = 0;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < sorted.Count; i++)
        {
            var key = sorted.Key(i);
            var common = 0;
            var max = Math.Min(previous.Length, key.Length);
            while (common < max && previous[common] == key[common]) common++;
            count += key.Length - common;
            previous = key;
        }
        return count;
    }

    /// <summary>Lays the nodes out breadth-first per parent: a node's children are contiguous and sorted.</summary>
    private sealed class Builder(Trie trie, MergedEntries keys)
    {
        private int _nextNode = 1;
        private int _nextChildSlot;
        private int _nextValue;

        public void Build()
        {
            // Explicit stack of (node, key range, depth) so deep keys cannot overflow the call stack.
            var stack = new Stack<(int Node, int Lo, int Hi, int Depth)>();
            stack.Push((0, 0, keys.Count, 0));
            while (stack.Count > 0)
            {
                var (node, lo, hi, depth) = stack.Pop();
                if (lo < hi && keys.Key(lo).Length == depth)
                {
                    var value = keys.Value(lo);
                    trie._valueStart[node] = _nextValue;
                    trie._valueLength[node] = value.Length;
                    value.CopyTo(trie._values.AsSpan(_nextValue));
                    _nextValue += value.Length;
                    lo++;
                }
                if (lo >= hi) continue;

                var groups = 0;
                for (var i = lo; i < hi; i++)
                {
                    if (i == lo || keys.Key(i)[depth] != keys.Key(i - 1)[depth]) groups++;
                }
                trie._childStart[node] = _nextChildSlot;
                trie._childCount[node] = groups;
                var slot = _nextChildSlot;
                _nextChildSlot += groups;
                var groupStart = lo;
                for (var i = lo + 1; i <= hi; i++)
                {
                    if (i < hi && keys.Key(i)[depth] == keys.Key(groupStart)[depth]) continue;
                    var child = _nextNode++;
                    trie._childUnits[slot] = keys.Key(groupStart)[depth];
                    trie._childNodes[slot] = child;
                    slot++;
                    stack.Push((child, groupStart, i, depth + 1));
                    groupStart = i;
                }
            }
        }
    }
}
