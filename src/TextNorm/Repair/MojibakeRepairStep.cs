using TextNorm.Pipeline;

namespace TextNorm.Repair;

/// <summary>
/// Finds and repairs mojibake (spec rule 12), recording each repair (kind, position in the text as received, before,
/// after). Runs first, on the text as it arrived. Clean text is returned as the same instance.
/// </summary>
internal sealed class MojibakeRepairStep : ITextStep
{
    private readonly RepairOptions _options;

    public MojibakeRepairStep(RepairOptions options) => _options = options;

    public string Name => StepNames.Repair;

    public string Apply(string text, StepContext context)
    {
        if (!_options.Enabled || text.Length == 0) return text;
        var repairs = MojibakeRepairer.FindRepairs(text);
        if (repairs.Count == 0) return text;
        foreach (var r in repairs)
            context.Changes.Record(r.Kind, r.Start, text.AsSpan(r.Start, r.Length), r.Replacement);
        return MojibakeRepairer.Apply(text, repairs);
    }
}
