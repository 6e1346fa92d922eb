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
    private readonly byte[] _segmentClasses;
    private readonly bool _plainSegmentation;

    /// <summary>
    /// True when every multi-character key of the last group is also a segmentation key (tw2s, tw2sp, hk2s: both are
    /// TSPhrases). Then, on text the earlier groups leave alone, no last-group phrase can start inside an unmatched
    /// run (segmentation found none there) and each phrase segment is matched whole either way, so consecutive quiet
    /// segments convert the same together as one by one.
    /// </summary>
    private readonly bool _mergeQuietSegments;
    private const byte SegmentBoundaryCandidate = 1;
    private const byte EarlyGroupActive = 2;

    /// <param name="definition">The preset.</param>
    /// <param name="shared">Reuse dictionaries and groups already loaded by other presets (false only to measure a cold load).</param>
    /// <param name="plainSegmentation">Always take the plain segment-by-segment path (tests compare it with the fast one).</param>
    public ConversionChain(PresetDefinition definition, bool shared = true, bool plainSegmentation = false)
    {
        Definition = definition;
        _plainSegmentation = plainSegmentation;
        _normalization = Group(definition.Normalization, shared);
        _normalizationTriggers = Ranges(_normalization.KeyStarts);
        _segmentation = definition.Segmentation is null ? null : Group(definition.Segmentation, shared);
        _groups = [.. definition.Chain.Select(names => Group(names, shared))];
        _active = BuildActiveSet();
        _asciiInactive = !_active.AsSpan(0, 0x80).Contains(true);
        _segmentClasses = BuildSegmentClasses();
        _mergeQuietSegments = _segmentation is not null && LastGroupPhrasesAreSegmentationKeys(_groups[^1], _segmentation);
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
            else if (_groups.Length == 2 && !_plainSegmentation) ConvertSegmentedTwoGroups(text, ref output, ref scratch);
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

    /// <summary>
    /// Forward maximum matching on the segmentation group: each match is a segment, so is each run between. Segments
    /// that no group before the last can touch are gathered and converted by the last group in one call when that is
    /// provably the same (see <see cref="_mergeQuietSegments"/>).
    /// </summary>
    private void ConvertSegmented(ReadOnlySpan<char> text, ref CharBuffer output, ref ChainScratch scratch)
    {
        var trie = _segmentation!.Trie;
        ref var classes = ref MemoryMarshal.GetArrayDataReference(_segmentClasses);
        var pendingStart = 0;   // start of the gathered quiet segments not yet converted
        var runStart = 0;
        var runActive = false;  // the current unmatched run has a position where an early group matches
        var i = 0;
        while (i < text.Length)
        {
            var cls = Unsafe.Add(ref classes, text[i]);
            if ((cls & SegmentBoundaryCandidate) == 0)
            {
                if (cls != 0 && !runActive) runActive = EarlyGroupsMatchAt(text, i);
                i++;
                continue;
            }
            var matched = trie.LongestMatch(text, i, out _);
            if (matched > 0)
            {
                if (i > runStart) EmitSegment(text, ref pendingStart, runStart, i, runActive, ref output, ref scratch);
                var phraseActive = false;
                for (var k = i; k < i + matched && !phraseActive; k++)
                    phraseActive = (Unsafe.Add(ref classes, text[k]) & EarlyGroupActive) != 0 && EarlyGroupsMatchAt(text, k);
                EmitSegment(text, ref pendingStart, i, i + matched, phraseActive, ref output, ref scratch);
                i += matched;
                runStart = i;
                runActive = false;
            }
            else
            {
                var skip = IdeographicDescription.UnmatchedLength(text, i);
                foreach (var c in text.Slice(i, skip)) runActive |= (Unsafe.Add(ref classes, c) & EarlyGroupActive) != 0;
                i += skip;
            }
        }
        if (runStart < text.Length) EmitSegment(text, ref pendingStart, runStart, text.Length, runActive, ref output, ref scratch);
        if (pendingStart < text.Length) _groups[^1].Convert(text[pendingStart..], ref output);
    }

    /// <summary>
    /// <see cref="ConvertSegmented"/> for the usual two-group chain, in fewer passes. While segmenting, it records the
    /// "hits": positions where a key of the first group matches (or a description sequence starts). Everywhere else
    /// the first group copies one character at a time, so its output for a segment is the segment with only the hits
    /// applied, in order, skipping hits that an earlier match covered; a match is re-taken within the segment's end.
    /// Segments without hits skip the first group (and are gathered, see <see cref="_mergeQuietSegments"/>).
    /// </summary>
    private void ConvertSegmentedTwoGroups(ReadOnlySpan<char> text, ref CharBuffer output, ref ChainScratch scratch)
    {
        var trie = _segmentation!.Trie;
        var first = _groups[0].Trie;
        ref var classes = ref MemoryMarshal.GetArrayDataReference(_segmentClasses);
        var hits = new HitList(64);
        try
        {
            var pendingStart = 0;
            var runStart = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var cls = Unsafe.Add(ref classes, c);
                if ((cls & SegmentBoundaryCandidate) == 0)
                {
                    if (cls != 0 && first.LongestMatch(text, i, out _) > 0) hits.Add(i);
                    i++;
                    continue;
                }
                var matched = trie.LongestMatch(text, i, out _);
                if (matched > 0)
                {
                    if (i > runStart) EmitTwoGroupSegment(text, ref pendingStart, runStart, i, ref hits, ref output, ref scratch);
                    for (var k = i; k < i + matched; k++)
                    {
                        if ((Unsafe.Add(ref classes, text[k]) & EarlyGroupActive) != 0 && first.LongestMatch(text, k, out _) > 0) hits.Add(k);
                    }
                    EmitTwoGroupSegment(text, ref pendingStart, i, i + matched, ref hits, ref output, ref scratch);
                    i += matched;
                    runStart = i;
                }
                else
                {
                    // No phrase here: a description sequence is skipped whole by every group; anything else is one position.
                    if (IdeographicDescription.IsDescriptionCharacter(c) || ((cls & EarlyGroupActive) != 0 && first.LongestMatch(text, i, out _) > 0))
                        hits.Add(i);
                    i += IdeographicDescription.UnmatchedLength(text, i);
                }
            }
            if (runStart < text.Length) EmitTwoGroupSegment(text, ref pendingStart, runStart, text.Length, ref hits, ref output, ref scratch);
            if (pendingStart < text.Length) _groups[1].Convert(text[pendingStart..], ref output);
        }
        finally
        {
            hits.Dispose();
        }
    }

    private void EmitTwoGroupSegment(ReadOnlySpan<char> text, ref int pendingStart, int start, int end, ref HitList hits,
        ref CharBuffer output, ref ChainScratch scratch)
    {
        var hitCount = hits.Count;
        if (hitCount == 0 && _mergeQuietSegments) return; // stays gathered with its quiet neighbours
        if (pendingStart < start) _groups[1].Convert(text[pendingStart..start], ref output);
        pendingStart = end;
        var segment = text[start..end];
        if (hitCount == 0)
        {
            _groups[1].Convert(segment, ref output);
            return;
        }

        // The first group's output: the segment with the hits applied.
        ref var firstOutput = ref scratch.A;
        firstOutput.Clear();
        var first = _groups[0].Trie;
        var position = 0;
        foreach (var hit in hits.Span)
        {
            var local = hit - start;
            if (local < position) continue; // inside an earlier match
            firstOutput.Append(segment[position..local]);
            var matched = first.LongestMatch(segment, local, out var value);
            if (matched == 0)
            {
                matched = IdeographicDescription.UnmatchedLength(segment, local);
                value = segment.Slice(local, matched);
            }
            firstOutput.Append(value);
            position = local + matched;
        }
        firstOutput.Append(segment[position..]);
        hits.Clear();
        _groups[1].Convert(firstOutput.WrittenSpan, ref output);
    }

    /// <summary>A pooled, growable list of positions.</summary>
    private struct HitList : IDisposable
    {
        private int[] _items;

        public HitList(int capacity)
        {
            _items = System.Buffers.ArrayPool<int>.Shared.Rent(capacity);
            Count = 0;
        }

        public int Count { get; private set; }

        public readonly ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

        public void Add(int position)
        {
            if (Count == _items.Length)
            {
                var bigger = System.Buffers.ArrayPool<int>.Shared.Rent(_items.Length * 2);
                _items.AsSpan().CopyTo(bigger);
                System.Buffers.ArrayPool<int>.Shared.Return(_items);
                _items = bigger;
            }
            _items[Count++] = position;
        }

        public void Clear() => Count = 0;

        public void Dispose()
        {
            if (_items is { Length: > 0 }) System.Buffers.ArrayPool<int>.Shared.Return(_items);
            _items = [];
            Count = 0;
        }
    }

    /// <summary>
    /// Whether an early group could change something from <paramref name="index"/>. With one early group: exactly when
    /// one of its keys matches there (a quiet position copies through it unchanged, whatever the segment's end).
    /// </summary>
    private bool EarlyGroupsMatchAt(ReadOnlySpan<char> text, int index) =>
        _groups.Length != 2 || _groups[0].Trie.LongestMatch(text, index, out _) > 0;

    private void EmitSegment(ReadOnlySpan<char> text, ref int pendingStart, int start, int end, bool active,
        ref CharBuffer output, ref ChainScratch scratch)
    {
        if (_mergeQuietSegments && !active) return; // stays gathered with its quiet neighbours
        if (pendingStart < start) _groups[^1].Convert(text[pendingStart..start], ref output);
        ConvertSegment(text[start..end], active, ref output, ref scratch);
        pendingStart = end;
    }

    private void ConvertSegment(ReadOnlySpan<char> segment, ref CharBuffer output, ref ChainScratch scratch) =>
        ConvertSegment(segment, true, ref output, ref scratch);

    /// <param name="segment">One segment.</param>
    /// <param name="needsEarlyGroups">False when no group before the last could change anything in the segment: it goes straight to the last group.</param>
    /// <param name="output">Receives the result.</param>
    /// <param name="scratch">Buffers between groups.</param>
    private void ConvertSegment(ReadOnlySpan<char> segment, bool needsEarlyGroups, ref CharBuffer output, ref ChainScratch scratch)
    {
        if (_groups.Length == 1 || !needsEarlyGroups)
        {
            _groups[^1].Convert(segment, ref output);
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

    /// <summary>
    /// Per unit: <see cref="SegmentBoundaryCandidate"/> when it starts a segmentation key or a description sequence;
    /// <see cref="EarlyGroupActive"/> when a group before the last could change or match from it.
    /// </summary>
    private byte[] BuildSegmentClasses()
    {
        var classes = new byte[0x10000];
        for (var c = 0; c < classes.Length; c++)
        {
            byte cls = 0;
            if ((_segmentation?.KeyStarts[c] ?? false) || IdeographicDescription.IsDescriptionCharacter((char)c)) cls |= SegmentBoundaryCandidate;
            for (var g = 0; g < _groups.Length - 1; g++)
            {
                if (_groups[g].DirectOf((char)c) != (char)c) cls |= EarlyGroupActive;
            }
            classes[c] = cls;
        }
        return classes;
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

    private static bool LastGroupPhrasesAreSegmentationKeys(DictionaryGroup last, DictionaryGroup segmentation) =>
        last.PhrasesAreKeysOf(segmentation);

    private static DictionaryGroup Group(string[] names, bool shared)
    {
        var key = string.Join('+', names);
        if (!shared) return new DictionaryGroup(key, [.. names.Select(DictionaryEntries.ReadEmbedded)]);
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
