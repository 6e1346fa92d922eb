using TextNorm.Pipeline;

namespace TextNorm.Repair;

/// <summary>Finds and repairs mojibake (spec rule 12). Placeholder until the repair issue lands.</summary>
internal sealed class MojibakeRepairStep : ITextStep
{
    private readonly RepairOptions _options;

    public MojibakeRepairStep(RepairOptions options) => _options = options;

    public string Name => StepNames.Repair;

    public string Apply(string text, StepContext context) => text;
}
