using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TextNorm.Tests.Reliability;

namespace TextNorm.Benchmarks.Reliability;

/// <summary>
/// Issue 8, linear time: each worst shape at 1, 4, 16 and 64 MB of UTF-8. The "ms/MB" column must stay flat as the
/// size grows; a column that doubles with the size is quadratic behaviour. Run with
/// <c>dotnet run -c Release --project benchmarks/TextNorm.Benchmarks -- --filter *ScalingBenchmarks*</c>.
/// </summary>
[Config(typeof(ScalingConfig))]
public class ScalingBenchmarks
{
    private readonly TextNormalizer _normalizer = new();
    private string _input = "";

    /// <summary>The shapes named in issue 8 (the full list, used by the no-hang tests, is in WorstShapes).</summary>
    [Params("one-line", "repeated-han", "question-marks", "open-paren", "pinyin-parens", "private-use", "punctuation", "spaces")]
    public string Shape { get; set; } = "";

    [Params(1, 4, 16, 64)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup() => _input = WorstShapes.BuildMegabytes(Shape, SizeMB);

    [Benchmark]
    public int Normalize() => _normalizer.Normalize(_input).Length;
}

/// <summary>The 100 MB single line of issue 8: too slow and too big for a unit test, so measured here.</summary>
[Config(typeof(ScalingConfig))]
public class HugeLineBenchmark
{
    private readonly TextNormalizer _normalizer = new();
    private string _input = "";
    private byte[] _bytes = [];

    [Params(100)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = WorstShapes.BuildMegabytes("one-line", SizeMB);
        _bytes = System.Text.Encoding.UTF8.GetBytes(_input);
    }

    [Benchmark]
    public int NormalizeText() => _normalizer.Normalize(_input).Length;

    [Benchmark]
    public int NormalizeBytes() => _normalizer.Normalize(_bytes).Length;
}

internal sealed class ScalingConfig : ManualConfig
{
    public ScalingConfig()
    {
        // Seconds-long operations on big inputs: a few measured runs each, in process (no separate build per run).
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new TimePerMegabyteColumn());
    }
}

/// <summary>Mean time divided by the input size: flat across sizes means linear time.</summary>
internal sealed class TimePerMegabyteColumn : IColumn
{
    public string Id => nameof(TimePerMegabyteColumn);
    public string ColumnName => "ms/MB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time per MB of UTF-8 input, in milliseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var size = benchmarkCase.Parameters["SizeMB"];
        if (stats is null || size is not int mb || mb == 0) return "-";
        return (stats.Mean / 1e6 / mb).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
