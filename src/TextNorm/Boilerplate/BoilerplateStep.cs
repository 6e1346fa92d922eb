using TextNorm.Pipeline;

namespace TextNorm.Boilerplate;

/// <summary>Removes boilerplate and keeps its facts as metadata. Placeholder until the boilerplate issue lands.</summary>
internal sealed class BoilerplateStep : ITextStep
{
    private readonly BoilerplateOptions _options;

    public BoilerplateStep(BoilerplateOptions options) => _options = options;

    public string Name => StepNames.Boilerplate;

    public string Apply(string text, StepContext context) => text;
}
