using TextNorm.Boilerplate;
using TextNorm.Conversion;
using TextNorm.Decoding;
using TextNorm.Pipeline;
using TextNorm.Repair;
using TextNorm.Text;

namespace TextNorm;

/// <summary>
/// Turns raw Chinese news text into clean, Simplified, boilerplate-free text. Immutable and thread-safe:
/// build one and share it across a whole pipeline.
/// </summary>
/// <remarks>
/// The steps run in this fixed order (see <see cref="StepNames"/>):
/// decode (byte overloads only) → repair mojibake → line breaks and control characters → full-width letters
/// and digits → pinyin annotations → punctuation width → doubled punctuation → whitespace and lines →
/// Traditional → Simplified → boilerplate and metadata → output form.
/// Repair runs first because it needs the damaged characters as they arrived; pinyin annotations go before
/// punctuation widening and conversion; boilerplate rules see Simplified text.
/// </remarks>
public sealed class TextNormalizer
{
    private readonly ITextStep[] _steps;
    private readonly TextDecoder _decoder;

    /// <summary>A normalizer with <see cref="TextNormalizerOptions.Default"/>.</summary>
    public static TextNormalizer Default => DefaultInstance.Value;

    private static readonly Lazy<TextNormalizer> DefaultInstance = new(() => new TextNormalizer());

    /// <summary>Creates a normalizer with the default options.</summary>
    public TextNormalizer() : this(TextNormalizerOptions.Default) { }

    /// <summary>Creates a normalizer with the given options.</summary>
    public TextNormalizer(TextNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _decoder = new TextDecoder(options.Decoding);
        var steps = new List<ITextStep>();
        if (options.Repair.Enabled) steps.Add(new MojibakeRepairStep(options.Repair));
        steps.AddRange(TextSteps.CreateLineSteps(options.Text));
        if (options.Conversion.Mode != ScriptConversionMode.None) steps.Add(new ScriptConversionStep(options.Conversion));
        if (options.Boilerplate.Enabled) steps.Add(new BoilerplateStep(options.Boilerplate));
        steps.Add(new OutputFormStep());
        _steps = [.. steps];
    }

    /// <summary>The options this normalizer was built with.</summary>
    public TextNormalizerOptions Options { get; }

    /// <summary>Normalizes text.</summary>
    public string Normalize(string text) => NormalizeDocument(text).Text;

    /// <summary>Decodes bytes (detecting their encoding) and normalizes the text.</summary>
    public string Normalize(ReadOnlySpan<byte> bytes) => NormalizeDocument(bytes).Text;

    /// <summary>Normalizes text and reports its metadata and changes.</summary>
    public NormalizedDocument NormalizeDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new StepContext(new ChangeLog(Options.MaxRecordedChanges));
        return Run(text, context);
    }

    /// <summary>Decodes bytes (detecting their encoding), normalizes the text and reports its metadata and changes.</summary>
    public NormalizedDocument NormalizeDocument(ReadOnlySpan<byte> bytes)
    {
        var context = new StepContext(new ChangeLog(Options.MaxRecordedChanges));
        context.Changes.CurrentStep = StepNames.Decode;
        var text = _decoder.Decode(bytes, context.Changes);
        return Run(text, context);
    }

    private NormalizedDocument Run(string text, StepContext context)
    {
        foreach (var step in _steps)
        {
            context.Changes.CurrentStep = step.Name;
            text = step.Apply(text, context);
        }
        return new NormalizedDocument(text, context.Metadata, context.Changes.ToReport());
    }
}
