using TextNorm.Pipeline;

namespace TextNorm.Conversion;

/// <summary>Traditional → Simplified (spec rule 10). Placeholder until the conversion issue lands.</summary>
internal sealed class ScriptConversionStep : ITextStep
{
    private readonly ConversionOptions _options;

    public ScriptConversionStep(ConversionOptions options) => _options = options;

    public string Name => StepNames.Script;

    public string Apply(string text, StepContext context) => text;
}
