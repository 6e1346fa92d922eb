using System.Buffers;

namespace TextNorm.Conversion;

/// <summary>
/// An OpenCC-compatible converter built from one of OpenCC's presets. Placeholder until the conversion issue lands:
/// it validates the preset name and returns text unchanged.
/// </summary>
public sealed class OpenCcConverter : IChineseConverter
{
    private static readonly string[] KnownPresets = ["t2s", "tw2s", "tw2sp", "hk2s", "s2t", "s2tw", "s2twp", "s2hk", "t2tw", "t2hk"];

    private OpenCcConverter(string preset) => Preset = preset;

    /// <summary>The preset names this build supports.</summary>
    public static IReadOnlyList<string> Presets => KnownPresets;

    /// <summary>The preset this converter applies.</summary>
    public string Preset { get; }

    /// <summary>Returns the converter for a preset (cached: every call with the same name returns the same instance).</summary>
    /// <exception cref="ArgumentException">The preset is unknown.</exception>
    public static OpenCcConverter FromPreset(string preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (!KnownPresets.Contains(preset, StringComparer.Ordinal))
            throw new ArgumentException($"Unknown OpenCC preset '{preset}'. Known presets: {string.Join(", ", KnownPresets)}.", nameof(preset));
        return new OpenCcConverter(preset);
    }

    /// <inheritdoc />
    public string Convert(string text) => text;

    /// <inheritdoc />
    public void Convert(ReadOnlySpan<char> text, IBufferWriter<char> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        text.CopyTo(destination.GetSpan(text.Length));
        destination.Advance(text.Length);
    }
}
