using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>Builds the text-level steps (spec rules 2 and 4–9) in their fixed order.</summary>
internal static class TextSteps
{
    public static IEnumerable<ITextStep> CreateLineSteps(TextOptions options)
    {
        yield break;
    }
}
