using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TextNorm.Conversion.Engine;

/// <summary>
/// One OpenCC dictionary: its entries (key, first candidate) in file order, read from the compact form that the build
/// embeds (<c>TextNorm.OpenCc.&lt;Name&gt;.bin</c>, made by <c>src/TextNorm/opencc/generate.js</c> from npm opencc's
/// <c>data/dictionary/*.txt</c>). Loaded once per process and shared by every preset that uses it.
/// </summary>
internal sealed class DictionaryEntries
{
    private static readonly ConcurrentDictionary<string, Lazy<DictionaryEntries>> Cache = new(StringComparer.Ordinal);

    public DictionaryEntries(string name, IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        Name = name;
        Entries = entries;
    }

    public string Name { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    /// <summary>The embedded dictionary <paramref name="name"/> (e.g. <c>TSPhrases</c>).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without it.</exception>
    public static DictionaryEntries Load(string name) =>
        Cache.GetOrAdd(name, static n => new Lazy<DictionaryEntries>(() => ReadEmbedded(n))).Value;

    /// <summary>Reads and parses the embedded dictionary, bypassing the cache.</summary>
    internal static DictionaryEntries ReadEmbedded(string name)
    {
        var resource = $"TextNorm.OpenCc.{name}.bin";
        using var stream = typeof(DictionaryEntries).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"The OpenCC dictionary '{name}' is not embedded in TextNorm (resource {resource}); the build that produced this assembly did not generate it.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Parse(name, MemoryMarshal.Cast<byte, char>(bytes));
    }

    /// <summary>Parses the compact form: [key length][key][value length][value]..., lengths as one UTF-16 unit (little-endian).</summary>
    internal static DictionaryEntries Parse(string name, ReadOnlySpan<char> data)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The embedded OpenCC dictionaries are little-endian.");
        var entries = new List<KeyValuePair<string, string>>();
        var i = 0;
        while (i < data.Length)
        {
            var keyLength = data[i++];
            if (i + keyLength >= data.Length) throw Corrupt(name);
            var key = new string(data.Slice(i, keyLength));
            i += keyLength;
            var valueLength = data[i++];
            if (i + valueLength > data.Length || keyLength == 0 || valueLength == 0) throw Corrupt(name);
            var value = new string(data.Slice(i, valueLength));
            i += valueLength;
            entries.Add(new KeyValuePair<string, string>(key, value));
        }
        return new DictionaryEntries(name, entries);
    }

    private static InvalidDataException Corrupt(string name) => new($"The embedded OpenCC dictionary '{name}' is corrupt.");
}
