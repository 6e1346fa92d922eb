using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextNorm.Conversion.Engine;

/// <summary>
/// A compiled OpenCC preset, run the way opencc-js 1.4.2 runs OpenCC's configs: normalization (CJK Compatibility
/// Ideographs) over the whole text; then, when the preset has a segmentation dictionary, the text is cut into
/// segments by forward maximum matching on it (matched phrases, and the unmatched runs between them); then each
/// dictionary group of the chain converts every segment in turn, a match never crossing a segment's end.
/// Immutable and thread-safe; per-call state lives in pooled buffers.
/// </summary>
internal sealed class ConversionChain
{
    private static readonly ConcurrentDictionary<string, Lazy<DictionaryGroup>> GroupCache = new(StringComparer.Ordinal);

    private readonly DictionaryGroup _normalization;
    private readonly (char Low, char High)[] _normalizationTriggers;
    private readonly DictionaryGroup? _segmentation;
    private readonly DictionaryGroup[] _groups;
    private readonly bool[] _active;
    private readonly bool _asciiInactive;

    public ConversionChain(PresetDefinition definition)
    {
        Definition = definition;
        _normalization = Group(definition.Normalization);
        _normalizationTriggers = Ranges(_normalization.KeyStarts);
        _segmentation = definition.Segmentation is null ? null : Group(definition.Segmentation);
        _groups = [.. definition.Chain.Select(Group)];
        _active = BuildActiveSet();
        _asciiInactive = !_active.AsSpan(0, 0x80).Contains(true);
    }

    public PresetDefinition Definition { get; }

    public IReadOnlyList<DictionaryGroup> Groups => _groups;

    /// <summary>
    /// The first index whose character some stage could change, or -1. Everything before it comes out unchanged: no
    /// key starts there, and the segments around it cannot differ in a way that matters.
    /// </summary>
    public int IndexOfFirstActive(ReadOnlySpan<char> text)
    {
        ref var active = ref MemoryMarshal.GetArrayDataReference(_active);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80 && _asciiInactive)
            {
                var nonAscii = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                if (nonAscii < 0) return -1;
                i += nonAscii;
                continue;
            }
            if (Unsafe.Add(ref active, c)) return i;
            i++;
        }
        return -1;
    }

    /// <summary>Converts <paramref name="text"/> and appends the result to <paramref name="output"/>.</summary>
    public void Convert(ReadOnlySpan<char> text, ref CharBuffer output)
    {
        if (text.IsEmpty) return;
        var normalized = default(CharBuffer);
        var scratch = default(ChainScratch);
        try
        {
            if (NeedsNormalization(text))
            {
                normalized = new CharBuffer(text.Length);
                _normalization.Convert(text, ref normalized);
                text = normalized.WrittenSpan;
            }
            if (_groups.Length > 1) scratch = new ChainScratch(Math.Min(text.Length, 1 << 16));
            if (_segmentation is null) ConvertSegment(text, ref output, ref scratch);
            else ConvertSegmented(text, ref output, ref scratch);
        }
        finally
        {
            normalized.Dispose();
            scratch.Dispose();
        }
    }

    private bool NeedsNormalization(ReadOnlySpan<char> text)
    {
        foreach (var (low, high) in _normalizationTriggers)
        {
            if (text.IndexOfAnyInRange(low, high) >= 0) return true;
        }
        return false;
    }

    /// <summary>Forward maximum matching on the segmentation group: each match is a segment, so is each run between.</summary>
    private void ConvertSegmented(ReadOnlySpan<char> text, ref CharBuffer output, ref ChainScratch scratch)
    {
        var segmentation = _segmentation!;
        ref var starts = ref MemoryMarshal.GetArrayDataReference(segmentation.KeyStarts);
        var trie = segmentation.Trie;
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!Unsafe.Add(ref starts, c) && !IdeographicDescription.IsDescriptionCharacter(c))
            {
                i++;
                continue;
            }
            var matched = trie.LongestMatch(text, i, out _);
            if (matched > 0)
            {
                if (i > runStart) ConvertSegment(text[runStart..i], ref output, ref scratch);
                ConvertSegment(text.Slice(i, matched), ref output, ref scratch);
                i += matched;
                runStart = i;
            }
            else
            {
                i += IdeographicDescription.UnmatchedLength(text, i);
            }
        }
        if (runStart < text.Length) ConvertSegment(text[runStart..], ref output, ref scratch);
    }

    private void ConvertSegment(ReadOnlySpan<char> segment, ref CharBuffer output, ref ChainScratch scratch)
    {
        if (_groups.Length == 1)
        {
            _groups[0].Convert(segment, ref output);
            return;
        }
        var current = segment;
        for (var g = 0; g < _groups.Length; g++)
        {
            if (g == _groups.Length - 1)
            {
                _groups[g].Convert(current, ref output);
                break;
            }
            ref var target = ref (g % 2 == 0 ? ref scratch.A : ref scratch.B);
            target.Clear();
            _groups[g].Convert(current, ref target);
            current = target.WrittenSpan;
        }
    }

    private bool[] BuildActiveSet()
    {
        var active = new bool[0x10000];
        for (var c = 0; c < active.Length; c++)
        {
            var ch = (char)c;
            var isActive = _normalization.DirectOf(ch) != ch || (_segmentation?.KeyStarts[c] ?? false);
            foreach (var group in _groups) isActive |= group.DirectOf(ch) != ch;
            active[c] = isActive;
        }
        return active;
    }

    /// <summary>The ranges of units that start a key (few for the normalization dictionary), for a vectorized pre-check.</summary>
    private static (char, char)[] Ranges(bool[] set)
    {
        var ranges = new List<(char, char)>();
        for (var c = 0; c < set.Length; c++)
        {
            if (!set[c]) continue;
            var start = c;
            // Bridge small gaps: a few extra candidates are cheaper than more vector passes.
            while (c + 1 < set.Length && (set[c + 1] || (c + 16 < set.Length && set.AsSpan(c + 1, 16).Contains(true)))) c++;
            ranges.Add(((char)start, (char)c));
        }
        return [.. ranges];
    }

    private static DictionaryGroup Group(string[] names)
    {
        var key = string.Join('+', names);
        return GroupCache.GetOrAdd(key, static (k, n) => new Lazy<DictionaryGroup>(
            () => new DictionaryGroup(k, [.. n.Select(DictionaryEntries.Load)])), names).Value;
    }

    /// <summary>The intermediate buffers between the groups of a chain, reused across the segments of one call.</summary>
    private struct ChainScratch : IDisposable
    {
        public CharBuffer A;
        public CharBuffer B;

        public ChainScratch(int capacity)
        {
            A = new CharBuffer(capacity);
            B = new CharBuffer(capacity);
        }

        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
        }
    }
}
