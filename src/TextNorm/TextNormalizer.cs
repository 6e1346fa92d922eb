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
/// punctuation widening and conversion; boilerplate rules see Simplified text. If repair or punctuation width would still
/// change the output (later steps changed their context), the rest of the steps run again on it, so that normalizing
/// twice gives the same text as once.
/// </remarks>
public sealed class TextNormalizer
{
    private readonly ITextStep[] _steps;
    /// <summary>Indices of the steps whose decisions depend on neighbours that later steps change (see <see cref="Settle"/>).</summary>
    private readonly int[] _settleProbes;
    private readonly TextDecoder _decoder;

    /// <summary>
    /// How much text the settle passes may run the pipeline over again (see <see cref="Settle"/>): this many times the
    /// document's length, plus <see cref="SettleBudgetFloor"/> characters. Linear in the document however long a chain
    /// of interactions its damage holds; ordinary documents need one pass or none.
    /// </summary>
    private const int SettleBudgetPerChar = 8;

    /// <summary>Enough for a short document to settle any chain of interactions (a fuzzer builds them from a few bytes).</summary>
    private const int SettleBudgetFloor = 256 * 1024;

    private const int MinPassCost = 1024;

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
        _settleProbes = [.. Enumerable.Range(0, _steps.Length).Where(i => _steps[i] is MojibakeRepairStep or PunctuationWidthStep)];
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
        // For each step, the text it last left unchanged (or null): a settle probe of that very text would find nothing.
        var leftAlone = new string?[_steps.Length];
        text = RunSteps(text, context, firstStep: 0, leftAlone);
        text = Settle(text, context, leftAlone);
        return new NormalizedDocument(text, context.Metadata, context.Changes.ToReport());
    }

    private string RunSteps(string text, StepContext context, int firstStep, string?[] leftAlone)
    {
        for (var i = firstStep; i < _steps.Length; i++)
        {
            var step = _steps[i];
            context.Changes.CurrentStep = step.Name;
            var output = step.Apply(text, context);
            leftAlone[i] = ReferenceEquals(output, text) ? text : null;
            text = output;
        }
        return text;
    }

    /// <summary>
    /// Normalizing twice must give the same text as once. Most steps are idempotent on their own output, but repair
    /// judges a damaged span by its neighbours and punctuation width a mark by its context (up to a whole quotation),
    /// and later steps (conversion, boilerplate, line trimming) change those, so what the first pass rightly left alone
    /// can look different in the output. Like ftfy's fixes, look again with those steps and, if one of them would still
    /// change the output, run the rest of the pipeline on its result; clean output costs one scan per probe.
    /// </summary>
    private string Settle(string text, StepContext context, string?[] leftAlone)
    {
        var firstMetadata = context.Metadata;
        var budget = SettleBudgetPerChar * (long)text.Length + SettleBudgetFloor;
        // A pass is counted at least MinPassCost characters, so that a tiny document cannot cycle for long.
        for (long spent = Math.Max(text.Length, MinPassCost); spent <= budget; spent += Math.Max(text.Length, MinPassCost))
        {
            var changed = false;
            foreach (var i in _settleProbes)
            {
                // The step already saw exactly this text and left it alone (clean text passes through every step
                // unchanged): the probe would find nothing. Steps depend on nothing but their text and options.
                if (string.Equals(leftAlone[i], text, StringComparison.Ordinal)) continue;
                context.Changes.CurrentStep = _steps[i].Name;
                var probed = _steps[i].Apply(text, context);
                if (string.Equals(probed, text, StringComparison.Ordinal))
                {
                    leftAlone[i] = text;
                    continue;
                }
                text = RunSteps(probed, context, firstStep: i + 1, leftAlone);
                changed = true;
                break;
            }
            if (!changed) break;
        }
        // The first pass read the page with its furniture; a later pass only sees the body.
        if (!firstMetadata.IsEmpty) context.Metadata = firstMetadata;
        return text;
    }
}
