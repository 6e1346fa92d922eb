using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextNorm.Conversion.Engine;

/// <summary>
/// One OpenCC dictionary group compiled for matching: the dictionaries' entries merged (on an identical key the
/// first dictionary wins, as in opencc-js's <c>loadDictGroup</c>), then applied by forward maximum matching — at each
/// position the longest key wins. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Two structures serve the two kinds of position. <see cref="_direct"/> is a flat table over all UTF-16 units: for a
/// character that starts no key longer than itself and maps to at most one BMP character, it holds the output;
/// everything else (phrase starts, surrogates, description characters, multi-character outputs) holds
/// <see cref="Slow"/> and goes through the trie. Most text never touches the trie.
/// </remarks>
internal sealed class DictionaryGroup
{
    /// <summary>Marks a unit that needs the trie. A lone low surrogate is never a valid single-character output.</summary>
    public const char Slow = '\uDC00';

    private readonly char[] _direct;
    private readonly Trie _trie;

    public DictionaryGroup(string name, IReadOnlyList<DictionaryEntries> dictionaries)
    {
        Name = name;
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        // opencc-js loads a group's dictionaries last to first, so a later load overwrites: the first dictionary wins.
        foreach (var dictionary in dictionaries)
        {
            foreach (var (key, value) in dictionary.Entries)
                merged.TryAdd(key, value);
        }
        EntryCount = merged.Count;
        Keys = merged.Keys.ToHashSet(StringComparer.Ordinal);
        _trie = new Trie(merged);
        _direct = BuildDirectTable(merged);
        KeyStarts = BuildKeyStartSet(merged);
    }

    public string Name { get; }

    public int EntryCount { get; }

    /// <summary>The merged keys.</summary>
    public IReadOnlySet<string> Keys { get; }

    /// <summary>True for each UTF-16 unit that starts a key (for segmentation scans).</summary>
    public bool[] KeyStarts { get; }

    /// <summary>The direct table (see remarks): output character, or <see cref="Slow"/>.</summary>
    public char[] Direct => _direct;

    public Trie Trie => _trie;

    /// <summary>The unit a character becomes on its own, or <see cref="Slow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public char DirectOf(char c) => _direct[c];

    /// <summary>
    /// Converts <paramref name="text"/> (one segment: no key may extend beyond it) and appends the result.
    /// </summary>
    public void Convert(ReadOnlySpan<char> text, ref CharBuffer output)
    {
        var n = text.Length;
        var i = 0;
        ref var table = ref MemoryMarshal.GetArrayDataReference(_direct);
        ref var src = ref MemoryMarshal.GetReference(text);
        while (i < n)
        {
            // Direct run: every character maps to exactly one character, so n - i free slots are enough.
            output.EnsureFree(n - i);
            var written = output.Length;
            ref var dst = ref MemoryMarshal.GetArrayDataReference(output.Array);
            while (i < n)
            {
                var mapped = Unsafe.Add(ref table, Unsafe.Add(ref src, i));
                if (mapped == Slow) break;
                Unsafe.Add(ref dst, written) = mapped;
                written++;
                i++;
            }
            output.Advance(written - output.Length);
            if (i >= n) break;

            var matched = _trie.LongestMatch(text, i, out var value);
            if (matched > 0)
            {
                output.Append(value);
                i += matched;
            }
            else
            {
                var skip = IdeographicDescription.UnmatchedLength(text, i);
                output.Append(text.Slice(i, skip));
                i += skip;
            }
        }
    }

    /// <summary>
    /// The index of the first character this group could change, or -1. Characters before it are copied as they are.
    /// </summary>
    public int IndexOfFirstActive(ReadOnlySpan<char> text)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_direct);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Unsafe.Add(ref table, c) != c) return i;
        }
        return -1;
    }

    private static char[] BuildDirectTable(Dictionary<string, string> entries)
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++) table[c] = (char)c;
        for (var c = 0xD800; c <= 0xDFFF; c++) table[c] = Slow;
        for (var c = 0x2FF0; c <= 0x2FFF; c++) table[c] = Slow;
        foreach (var (key, value) in entries)
        {
            var first = key[0];
            if (key.Length > 1) table[first] = Slow;
        }
        foreach (var (key, value) in entries)
        {
            if (key.Length != 1) continue;
            var c = key[0];
            if (table[c] == Slow) continue;
            table[c] = value.Length == 1 && !char.IsSurrogate(value[0]) ? value[0] : Slow;
        }
        return table;
    }

    private static bool[] BuildKeyStartSet(Dictionary<string, string> entries)
    {
        var set = new bool[0x10000];
        foreach (var key in entries.Keys) set[key[0]] = true;
        return set;
    }
}
