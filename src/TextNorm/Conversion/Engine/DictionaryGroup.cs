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
    private readonly MergedEntries _entries;

    public DictionaryGroup(string name, IReadOnlyList<DictionaryEntries> dictionaries)
    {
        Name = name;
        var merged = new MergedEntries(dictionaries);
        _entries = merged;
        _trie = new Trie(merged);
        _direct = BuildDirectTable(merged);
        KeyStarts = BuildKeyStartSet(merged);
    }

    public string Name { get; }

    /// <summary>True when every key of more than one code point is also a key of <paramref name="other"/>.</summary>
    public bool PhrasesAreKeysOf(DictionaryGroup other)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var key = _entries.Key(i);
            var singleCodePoint = key.Length == 1 || (key.Length == 2 && char.IsHighSurrogate(key[0]));
            if (!singleCodePoint && !other.ContainsKey(key)) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="key"/> is one of the group's keys.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => _trie.LongestMatch(key, 0, out _) == key.Length;

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
    /// <remarks>
    /// Characters that come out as they went in are not copied one by one: they are skipped with one table lookup
    /// each and written as a run when a change (or the end) comes. Text that needs little or no change, such as
    /// Simplified text checked by <c>t2s</c>, costs a read per character instead of a read and a write.
    /// </remarks>
    public void Convert(ReadOnlySpan<char> text, ref CharBuffer output)
    {
        var n = text.Length;
        // Invariant: free space >= characters left to read plus the unchanged run not yet written. Direct characters,
        // unmatched characters and values no longer than their key keep it without a check; only a value longer than
        // its key has to make room.
        output.EnsureFree(n);
        var array = output.Array;
        var written = output.Length;
        ref var table = ref MemoryMarshal.GetArrayDataReference(_direct);
        ref var src = ref MemoryMarshal.GetReference(text);
        ref var dst = ref MemoryMarshal.GetArrayDataReference(array);
        var i = 0;
        var unchangedFrom = 0; // text[unchangedFrom..i] comes out as it is and is not written yet
        while (i < n)
        {
            var c = Unsafe.Add(ref src, i);
            var mapped = Unsafe.Add(ref table, c);
            if (mapped == c)
            {
                i++;
                continue;
            }
            if (mapped != Slow)
            {
                written = WriteUnchanged(ref src, unchangedFrom, i, ref dst, written);
                Unsafe.Add(ref dst, written) = mapped;
                written++;
                i++;
                unchangedFrom = i;
                continue;
            }

            var matched = _trie.LongestMatch(text, i, out var value);
            if (matched == 0)
            {
                i += IdeographicDescription.UnmatchedLength(text, i); // copied as it is
                continue;
            }
            if (value.SequenceEqual(text.Slice(i, matched)))
            {
                i += matched;
                continue;
            }
            written = WriteUnchanged(ref src, unchangedFrom, i, ref dst, written);
            if (value.Length > matched)
            {
                output.Advance(written - output.Length);
                output.EnsureFree(value.Length + n - i - matched);
                array = output.Array;
                dst = ref MemoryMarshal.GetArrayDataReference(array);
            }
            value.CopyTo(array.AsSpan(written));
            written += value.Length;
            i += matched;
            unchangedFrom = i;
        }
        written = WriteUnchanged(ref src, unchangedFrom, n, ref dst, written);
        output.Advance(written - output.Length);
    }

    /// <summary>Writes <c>src[from..to]</c> at <c>dst[written]</c>; returns the new written count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteUnchanged(ref char src, int from, int to, ref char dst, int written)
    {
        var count = to - from;
        if (count <= 8)
        {
            // Short runs (Traditional text changes every few characters): a loop beats a memmove call.
            for (var k = 0; k < count; k++) Unsafe.Add(ref dst, written + k) = Unsafe.Add(ref src, from + k);
        }
        else
        {
            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref src, from), count)
                .CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref dst, written), count));
        }
        return written + count;
    }

    private static char[] BuildDirectTable(MergedEntries entries)
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++) table[c] = (char)c;
        table.AsSpan(0xD800, 0x800).Fill(Slow);
        table.AsSpan(0x2FF0, 0x10).Fill(Slow);
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries.Key(i);
            if (key.Length > 1) table[key[0]] = Slow;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries.Key(i);
            if (key.Length != 1 || table[key[0]] == Slow) continue;
            var value = entries.Value(i);
            table[key[0]] = value.Length == 1 && !char.IsSurrogate(value[0]) ? value[0] : Slow;
        }
        return table;
    }

    private static bool[] BuildKeyStartSet(MergedEntries entries)
    {
        var set = new bool[0x10000];
        for (var i = 0; i < entries.Count; i++) set[entries.Key(i)[0]] = true;
        return set;
    }
}
