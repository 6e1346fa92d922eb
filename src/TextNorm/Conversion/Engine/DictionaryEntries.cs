using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TextNorm.Conversion.Engine;

/// <summary>
/// One OpenCC dictionary: its entries (key, first candidate) sorted by key (ordinal), read from the compact form that
/// the build embeds (<c>TextNorm.OpenCc.&lt;Name&gt;.bin</c>, made by <c>src/TextNorm/opencc/generate.js</c> from npm
/// opencc's <c>data/dictionary/*.txt</c>). Keys and values stay in one character array (no string per entry).
/// Loaded once per process and shared by every preset that uses it.
/// </summary>
internal sealed class DictionaryEntries
{
    private static readonly ConcurrentDictionary<string, Lazy<DictionaryEntries>> Cache = new(StringComparer.Ordinal);

    private readonly char[] _data;
    private readonly int[] _keyStarts;   // per entry: index of the key in _data; the value follows it

    private DictionaryEntries(string name, char[] data, int[] keyStarts)
    {
        Name = name;
        _data = data;
        _keyStarts = keyStarts;
    }

    /// <summary>Builds a dictionary from pairs (for tests); a repeated key keeps its last value, as in OpenCC's loader.</summary>
    public DictionaryEntries(string name, IEnumerable<KeyValuePair<string, string>> entries)
        : this(name, Encode(entries), [])
    {
        _keyStarts = Index(_data);
    }

    public string Name { get; }

    public int Count => _keyStarts.Length;

    public ReadOnlySpan<char> Key(int index)
    {
        var start = _keyStarts[index];
        return _data.AsSpan(start + 1, _data[start]);
    }

    public ReadOnlySpan<char> Value(int index)
    {
        var start = _keyStarts[index];
        var valueAt = start + 1 + _data[start];
        return _data.AsSpan(valueAt + 1, _data[valueAt]);
    }

    /// <summary>The entries as strings (allocates; for tests, benchmarks and small tables).</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries
    {
        get
        {
            for (var i = 0; i < Count; i++) yield return new(Key(i).ToString(), Value(i).ToString());
        }
    }

    /// <summary>Suffix of a derived dictionary: <c>TSPhrases:values</c> maps every phrase value of TSPhrases to itself.</summary>
    public const string ValuesSuffix = ":values";

    /// <summary>The embedded dictionary <paramref name="name"/> (e.g. <c>TSPhrases</c>), or a derived one (see <see cref="ValuesSuffix"/>).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without it.</exception>
    public static DictionaryEntries Load(string name) =>
        Cache.GetOrAdd(name, static n => new Lazy<DictionaryEntries>(() => ReadEmbedded(n))).Value;

    /// <summary>Reads and parses the embedded dictionary, bypassing the cache.</summary>
    internal static DictionaryEntries ReadEmbedded(string name)
    {
        if (name.EndsWith(ValuesSuffix, StringComparison.Ordinal))
        {
            var source = Load(name[..^ValuesSuffix.Length]);
            var values = source.Entries.Select(e => new KeyValuePair<string, string>(e.Value, e.Value));
            return new DictionaryEntries(name, values);
        }
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The embedded OpenCC dictionaries are little-endian.");
        var resource = $"TextNorm.OpenCc.{name}.bin";
        using var stream = typeof(DictionaryEntries).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"The OpenCC dictionary '{name}' is not embedded in TextNorm (resource {resource}); the build that produced this assembly did not generate it.");
        var data = new char[stream.Length / 2];
        stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        return new DictionaryEntries(name, data, Index(data, name));
    }

    /// <summary>Validates the compact form ([key length][key][value length][value]..., sorted keys) and indexes its entries.</summary>
    private static int[] Index(char[] data, string name = "")
    {
        var starts = new List<int>(data.Length / 6);
        var i = 0;
        var previousKey = ReadOnlySpan<char>.Empty;
        while (i < data.Length)
        {
            var start = i;
            var keyLength = data[i++];
            if (keyLength == 0 || i + keyLength >= data.Length) throw Corrupt(name);
            var key = data.AsSpan(i, keyLength);
            i += keyLength;
            var valueLength = data[i++];
            if (valueLength == 0 || i + valueLength > data.Length) throw Corrupt(name);
            i += valueLength;
            if (starts.Count > 0 && previousKey.SequenceCompareTo(key) >= 0) throw Corrupt(name);
            previousKey = key;
            starts.Add(start);
        }
        return [.. starts];
    }

    private static char[] Encode(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        var data = new List<char>();
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            data.Add((char)key.Length);
            data.AddRange(key);
            data.Add((char)map[key].Length);
            data.AddRange(map[key]);
        }
        return [.. data];
    }

    private static InvalidDataException Corrupt(string name) => new($"The embedded OpenCC dictionary '{name}' is corrupt.");
}
