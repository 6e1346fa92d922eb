using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// The last step (spec rules 1–2): <c>\n</c> line ends, no blank lines, no leading or trailing spaces on a line,
/// exactly one final <c>\n</c> (none for empty text). Always on: it defines the output form.
/// </summary>
internal sealed class OutputFormStep : ITextStep
{
    public string Name => StepNames.OutputForm;

    public string Apply(string text, StepContext context)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (kept.Length == 0) return "";
        var result = string.Join('\n', kept) + "\n";
        return result == text ? text : result;
    }
}
