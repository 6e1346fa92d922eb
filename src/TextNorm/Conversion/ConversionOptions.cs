namespace TextNorm.Conversion;

/// <summary>How the normalizer chooses the script conversion (spec rule 10).</summary>
public enum ScriptConversionMode
{
    /// <summary>Decide per document, and per paragraph in mixed documents: Traditional text goes through <c>tw2s</c>, Simplified text through <c>t2s</c>.</summary>
    Automatic,
    /// <summary>Every text goes through <see cref="ConversionOptions.Preset"/> (or <see cref="ConversionOptions.Converter"/>).</summary>
    Fixed,
    /// <summary>No conversion.</summary>
    None,
}

/// <summary>Traditional → Simplified conversion settings.</summary>
public sealed record ConversionOptions
{
    /// <summary>Automatic conversion.</summary>
    public static ConversionOptions Default { get; } = new();

    /// <summary>No conversion.</summary>
    public static ConversionOptions Disabled { get; } = new() { Mode = ScriptConversionMode.None };

    /// <summary>How the conversion is chosen.</summary>
    public ScriptConversionMode Mode { get; init; } = ScriptConversionMode.Automatic;

    /// <summary>The OpenCC preset used in <see cref="ScriptConversionMode.Fixed"/> mode (<c>t2s</c>, <c>tw2s</c>, <c>tw2sp</c>, <c>hk2s</c>, ...).</summary>
    public string Preset { get; init; } = "t2s";

    /// <summary>A converter of your own, used in <see cref="ScriptConversionMode.Fixed"/> mode instead of <see cref="Preset"/>.</summary>
    public IChineseConverter? Converter { get; init; }
}
