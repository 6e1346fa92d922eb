using TextNorm.Pipeline;

namespace TextNorm.Tests.Text;

/// <summary>Runs one step alone and checks the properties every step shares.</summary>
internal static class StepRunner
{
    public static string Run(ITextStep step, string input) => Run(step, input, out _);

    public static string Run(ITextStep step, string input, out ChangeReport report)
    {
        var log = new ChangeLog(1000) { CurrentStep = step.Name };
        var output = step.Apply(input, new StepContext(log));
        report = log.ToReport();
        return output;
    }

    /// <summary>The step leaves <paramref name="input"/> alone: same instance, nothing recorded.</summary>
    public static void AssertUnchanged(ITextStep step, string input)
    {
        var output = Run(step, input, out var report);
        Assert.Equal(input, output);
        Assert.Same(input, output);
        Assert.True(report.IsEmpty, $"Unexpected changes: {string.Join(", ", report.Counts.Select(kv => $"{kv.Key}={kv.Value}"))}");
    }

    /// <summary>The step turns <paramref name="input"/> into <paramref name="expected"/>, and a second run changes nothing.</summary>
    public static ChangeReport AssertRepairs(ITextStep step, string input, string expected)
    {
        var output = Run(step, input, out var report);
        Assert.Equal(expected, output);
        Assert.False(report.IsEmpty, "A repair must be recorded.");
        var again = Run(step, output, out var second);
        Assert.Equal(output, again);
        Assert.True(second.IsEmpty, "The step is not idempotent.");
        return report;
    }
}
