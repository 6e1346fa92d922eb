namespace TextNorm.Conversion.Engine;

/// <summary>
/// The entries of a dictionary group: the dictionaries' sorted entries merged into one sorted list; on an identical
/// key the first dictionary wins (opencc-js loads a group last to first, so the first one overwrites the rest).
/// References the dictionaries' storage; allocates only the index arrays.
/// </summary>
internal sealed class MergedEntries
{
    private readonly DictionaryEntries[] _dictionaries;
    private readonly byte[] _dictionary;
    private readonly int[] _index;

    public MergedEntries(IReadOnlyList<DictionaryEntries> dictionaries)
    {
        _dictionaries = [.. dictionaries];
        var capacity = _dictionaries.Sum(d => d.Count);
        var dictionary = new byte[capacity];
        var index = new int[capacity];
        var positions = new int[_dictionaries.Length];
        var count = 0;
        while (true)
        {
            var best = -1;
            for (var d = 0; d < _dictionaries.Length; d++)
            {
                if (positions[d] >= _dictionaries[d].Count) continue;
                if (best < 0 || _dictionaries[d].Key(positions[d]).SequenceCompareTo(_dictionaries[best].Key(positions[best])) < 0) best = d;
            }
            if (best < 0) break;
            var key = _dictionaries[best].Key(positions[best]);
            dictionary[count] = (byte)best;
            index[count] = positions[best];
            count++;
            for (var d = 0; d < _dictionaries.Length; d++)
            {
                if (positions[d] < _dictionaries[d].Count && _dictionaries[d].Key(positions[d]).SequenceEqual(key)) positions[d]++;
            }
        }
        _dictionary = dictionary[..count];
        _index = index[..count];
    }

    public int Count => _index.Length;

    public ReadOnlySpan<char> Key(int i) => _dictionaries[_dictionary[i]].Key(_index[i]);

    public ReadOnlySpan<char> Value(int i) => _dictionaries[_dictionary[i]].Value(_index[i]);
}
