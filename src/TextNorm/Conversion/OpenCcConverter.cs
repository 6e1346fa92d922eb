using System.Buffers;
using System.Collections.Concurrent;
using TextNorm.Conversion.Engine;

namespace TextNorm.Conversion;

/// <summary>
/// An OpenCC-compatible converter for one of OpenCC's presets (<c>t2s</c>, <c>tw2s</c>, <c>tw2sp</c>, <c>hk2s</c>,
/// <c>s2t</c>, <c>s2tw</c>, <c>s2twp</c>, <c>s2hk</c>, <c>t2tw</c>, <c>t2hk</c>), giving the same output as OpenCC 1.4.2
/// (opencc-js) with the same preset, from the dictionaries of npm <c>opencc@1.4.2</c> embedded in this assembly.
/// Immutable and thread-safe: share one instance.
/// </summary>
/// <remarks>
/// Like OpenCC, each preset normalizes CJK Compatibility Ideographs first, matches phrases before characters (the
/// longest key wins at each position) and copies an Ideographic Description Sequence (<c>⿰糹會</c>) unconverted.
/// No dictionary entry spans a line break, so text converted line by line gives the same result as the whole text
/// (the one exception is a description sequence left incomplete at the end of a line, which OpenCC continues on the
/// next line). Sequences longer than 64 characters are not followed, to keep the time linear.
/// </remarks>
/// <example><code>var simplified = OpenCcConverter.FromPreset("t2s").Convert("資訊軟體");   // 资讯软体</code></example>
public sealed class OpenCcConverter : IChineseConverter
{
    private static readonly string[] KnownPresets = [.. PresetDefinitions.All.Select(p => p.Name)];
    private static readonly ConcurrentDictionary<string, Lazy<OpenCcConverter>> Cache = new(StringComparer.Ordinal);

    private readonly ConversionChain _chain;

    private OpenCcConverter(PresetDefinition definition, bool shared = true)
    {
        Preset = definition.Name;
        _chain = new ConversionChain(definition, shared);
    }

    /// <summary>The preset names this build supports.</summary>
    public static IReadOnlyList<string> Presets => KnownPresets;

    /// <summary>The preset this converter applies.</summary>
    public string Preset { get; }

    internal ConversionChain Chain => _chain;

    /// <summary>
    /// Returns the converter for a preset. The preset's dictionaries are loaded on the first call (a few milliseconds)
    /// and cached: every call with the same name returns the same instance, also across threads.
    /// </summary>
    /// <exception cref="ArgumentException">The preset is unknown.</exception>
    public static OpenCcConverter FromPreset(string preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var definition = PresetDefinitions.Find(preset)
            ?? throw new ArgumentException($"Unknown OpenCC preset '{preset}'. Known presets: {string.Join(", ", KnownPresets)}.", nameof(preset));
        return Cache.GetOrAdd(preset, static (_, d) => new Lazy<OpenCcConverter>(() => new OpenCcConverter(d)), definition).Value;
    }

    private static readonly Lazy<OpenCcConverter> StableSimplifiedInstance = new(() => new OpenCcConverter(PresetDefinitions.StableSimplified));

    /// <summary><c>t2s</c> that leaves its own Simplified phrases alone (see <see cref="PresetDefinitions.StableSimplified"/>).</summary>
    internal static OpenCcConverter StableSimplified => StableSimplifiedInstance.Value;

    /// <summary>Builds a fresh converter that shares nothing with the cache: every dictionary is read again (measures a cold load).</summary>
    internal static OpenCcConverter CreateUncached(string preset) =>
        new(PresetDefinitions.Find(preset) ?? throw new ArgumentException($"Unknown OpenCC preset '{preset}'.", nameof(preset)), shared: false);

    /// <inheritdoc />
    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = _chain.IndexOfFirstActive(text);
        if (first < 0) return text;
        var buffer = new CharBuffer(text.Length + 16);
        try
        {
            buffer.Append(text.AsSpan(0, first));
            _chain.Convert(text.AsSpan(first), ref buffer);
            var result = buffer.WrittenSpan;
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Converts a span of text into a new string.</summary>
    public string Convert(ReadOnlySpan<char> text)
    {
        var first = _chain.IndexOfFirstActive(text);
        if (first < 0) return new string(text);
        var buffer = new CharBuffer(text.Length + 16);
        try
        {
            buffer.Append(text[..first]);
            _chain.Convert(text[first..], ref buffer);
            return new string(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <inheritdoc />
    public void Convert(ReadOnlySpan<char> text, IBufferWriter<char> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var first = _chain.IndexOfFirstActive(text);
        if (first < 0)
        {
            CopyTo(text, destination);
            return;
        }
        CopyTo(text[..first], destination);
        var buffer = new CharBuffer(text.Length - first + 16);
        try
        {
            _chain.Convert(text[first..], ref buffer);
            CopyTo(buffer.WrittenSpan, destination);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Converts <paramref name="source"/> into a caller's buffer. Returns <see langword="false"/> (with nothing
    /// reliable in <paramref name="destination"/>) when it is too small. The output can be longer than the input (a
    /// character can become a surrogate pair, a word a longer word: 外鍵 → 外部索引鍵 in <c>s2twp</c>), so leave room
    /// (twice the input length covers <c>t2s</c>) and retry with a larger buffer when this returns false.
    /// </summary>
    public bool TryConvert(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var first = _chain.IndexOfFirstActive(source);
        if (first < 0)
        {
            if (!source.TryCopyTo(destination)) return false;
            charsWritten = source.Length;
            return true;
        }
        var buffer = new CharBuffer(source.Length - first + 16);
        try
        {
            _chain.Convert(source[first..], ref buffer);
            var total = first + buffer.Length;
            if (total > destination.Length) return false;
            source[..first].CopyTo(destination);
            buffer.WrittenSpan.CopyTo(destination[first..]);
            charsWritten = total;
            return true;
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"OpenCC {Preset}";

    private static void CopyTo(ReadOnlySpan<char> text, IBufferWriter<char> destination)
    {
        const int Chunk = 1 << 16;
        while (!text.IsEmpty)
        {
            var size = Math.Min(text.Length, Chunk);
            var span = destination.GetSpan(size);
            size = Math.Min(size, span.Length);
            text[..size].CopyTo(span);
            destination.Advance(size);
            text = text[size..];
        }
    }
}
