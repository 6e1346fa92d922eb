using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TextNorm.Conversion;

namespace TextNorm.Benchmarks.Conversion;

/// <summary>
/// Converter throughput on one thread (<see cref="TraditionalText"/>, about 4 M characters). The extra columns give
/// millions of characters per second and MB/s of UTF-8 input.
/// Run: <c>dotnet run -c Release --project benchmarks/TextNorm.Benchmarks -- --filter '*ConversionBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ConversionBenchmarks
{
    private readonly ArrayBufferWriter<char> _writer = new(TraditionalText.TargetLength * 2);
    private char[] _destination = [];
    private string _traditional = "";
    private string _simplified = "";
    private OpenCcConverter _t2s = null!;
    private OpenCcConverter _tw2s = null!;

    [GlobalSetup]
    public void Setup()
    {
        _traditional = TraditionalText.News;
        _simplified = TraditionalText.SimplifiedNews;
        _t2s = OpenCcConverter.FromPreset("t2s");
        _tw2s = OpenCcConverter.FromPreset("tw2s");
        _destination = new char[_traditional.Length * 2];
    }

    [Benchmark(Description = "t2s Convert(string), Traditional")]
    public int T2sString() => _t2s.Convert(_traditional).Length;

    [Benchmark(Description = "t2s TryConvert(span, span), Traditional")]
    public int T2sSpan() => _t2s.TryConvert(_traditional, _destination, out var n) ? n : -1;

    [Benchmark(Description = "t2s Convert(span, IBufferWriter), Traditional")]
    public int T2sBufferWriter()
    {
        _writer.ResetWrittenCount();
        _t2s.Convert(_traditional, _writer);
        return _writer.WrittenCount;
    }

    [Benchmark(Description = "tw2s Convert(string), Traditional")]
    public int Tw2sString() => _tw2s.Convert(_traditional).Length;

    [Benchmark(Description = "t2s Convert(string), already Simplified")]
    public int T2sSimplified() => _t2s.Convert(_simplified).Length;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn("Mchars/s", length => length / 1e6));
            AddColumn(new ThroughputColumn("MB/s (UTF-8)", length => length * Utf8Ratio.Value / 1e6));
        }

        private static readonly Lazy<double> Utf8Ratio = new(() =>
            (double)System.Text.Encoding.UTF8.GetByteCount(TraditionalText.News) / TraditionalText.News.Length);
    }

    /// <summary>Input size divided by the mean time.</summary>
    private sealed class ThroughputColumn(string name, Func<int, double> amount) : IColumn
    {
        public string Id => nameof(ThroughputColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name}: input size / mean time";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "n/a";
            var length = benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(T2sSimplified)
                ? TraditionalText.SimplifiedNews.Length
                : TraditionalText.News.Length;
            return (amount(length) / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Cold preset load: every dictionary read from the assembly and compiled again (no cache).</summary>
[MemoryDiagnoser]
public class PresetLoadBenchmarks
{
    [Params("t2s", "tw2s", "s2t")]
    public string Preset { get; set; } = "t2s";

    [Benchmark(Description = "Load preset (uncached)")]
    public object Load() => OpenCcConverter.CreateUncached(Preset);
}
