using TextNorm.Boilerplate;
using TextNorm.Conversion;
using TextNorm.Decoding;
using TextNorm.Repair;
using TextNorm.Text;

namespace TextNorm;

/// <summary>
/// Immutable settings of a <see cref="TextNormalizer"/>. Every stage of the pipeline has its own options
/// object; each step can be switched off or tuned there. Use <c>with</c> expressions to derive variants:
/// <code>var o = TextNormalizerOptions.Default with { Boilerplate = BoilerplateOptions.Disabled };</code>
/// </summary>
public sealed record TextNormalizerOptions
{
    /// <summary>The defaults of <c>spec.md</c>: every step on, script conversion automatic.</summary>
    public static TextNormalizerOptions Default { get; } = new();

    /// <summary>How bytes are turned into text (spec rule 11). Used only by the byte overloads.</summary>
    public DecodingOptions Decoding { get; init; } = DecodingOptions.Default;

    /// <summary>Mojibake repair (spec rule 12).</summary>
    public RepairOptions Repair { get; init; } = RepairOptions.Default;

    /// <summary>Character, whitespace, punctuation and pinyin fixes (spec rules 1–9).</summary>
    public TextOptions Text { get; init; } = TextOptions.Default;

    /// <summary>Traditional → Simplified conversion (spec rule 10).</summary>
    public ConversionOptions Conversion { get; init; } = ConversionOptions.Default;

    /// <summary>Boilerplate removal and metadata extraction (spec rules 13–18).</summary>
    public BoilerplateOptions Boilerplate { get; init; } = BoilerplateOptions.Default;

    /// <summary>
    /// How many individual changes a document keeps in <see cref="ChangeReport.Items"/>; counts per kind are
    /// always exact. Keeps memory bounded on huge documents. Default 1000; 0 keeps counts only.
    /// </summary>
    public int MaxRecordedChanges { get; init; } = 1000;
}
