using System.Text;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// Issue 8, "no hang": the worst input shapes finish under a generous bound (60 s each, where linear code needs well
/// under a second) and still give well-formed output. This is a hang detector, not a speed test: time per MB as the
/// size grows is measured by <c>ScalingBenchmarks</c>. Sizes are kept small enough for the suite to stay quick on
/// two cores; the 100 MB single line runs in the benchmark (set <c>TEXTNORM_WORST_SHAPE_MB</c> to scale these up).
/// </summary>
public class WorstShapeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static int Chars(double defaultMegaChars) =>
        (int)((double.TryParse(Environment.GetEnvironmentVariable("TEXTNORM_WORST_SHAPE_MB"), out var mb) && mb > 0 ? mb : defaultMegaChars) * 1024 * 1024);

    public static TheoryData<string> ShapeNames() => [.. WorstShapes.Names];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Worst_shape_text_finishes_and_is_well_formed(string shape)
    {
        var input = WorstShapes.Build(shape, Chars(1));
        var output = RunBounded(() => PropertySettings.Default.Normalize(input), shape);
        OutputShape.AssertWellFormed(output, input[..Math.Min(200, input.Length)]);
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Worst_shape_bytes_finish_and_are_well_formed(string shape)
    {
        var input = Encoding.UTF8.GetBytes(WorstShapes.Build(shape, Chars(0.5)));
        var output = RunBounded(() => PropertySettings.Default.Normalize(input), shape);
        OutputShape.AssertWellFormed(output, shape);
    }

    [Fact]
    public void Ten_million_of_one_repeated_character_finish()
    {
        foreach (var shape in new[] { "repeated-han", "question-marks", "spaces" })
        {
            var input = WorstShapes.Build(shape, 10_000_000);
            var output = RunBounded(() => PropertySettings.Default.Normalize(input), shape);
            OutputShape.AssertWellFormed(output, shape);
        }
    }

    [Fact]
    public void A_long_single_line_article_finishes_and_keeps_its_text()
    {
        var input = WorstShapes.Build("one-line", Chars(8));
        var output = RunBounded(() => PropertySettings.Default.Normalize(input), "one-line");
        OutputShape.AssertWellFormed(output, "one-line");
        // No silent loss: the body is one line of prose, so it must come out as (nearly) as long as it went in.
        Assert.True(output.Length > input.Length / 2, $"{input.Length} chars in, only {output.Length} out");
    }

    private static string RunBounded(Func<string> normalize, string shape)
    {
        var task = Task.Factory.StartNew(normalize, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Bound), $"shape '{shape}' did not finish within {Bound.TotalSeconds} s: a hang or quadratic behaviour");
        return task.Result;
    }
}
