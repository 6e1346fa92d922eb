using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextNorm.Benchmarks.Pipeline;

/// <summary>
/// MB/s (MB = 2^20 bytes of UTF-8 input) from the median time. The benchmark case names its input through the
/// parameters <c>Kind</c> and <c>Size</c>, or through <c>Kind</c> alone for the five-seed step benchmarks.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private static readonly Dictionary<string, long> SizeCache = [];

    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 input MiB per second, from the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Median <= 0) return "-";
        if (benchmarkCase.Parameters["Kind"] is not string kind) return "-";
        var size = benchmarkCase.Parameters.Items.Any(p => p.Name == "Size") ? benchmarkCase.Parameters["Size"] as string : null;
        var bytes = InputBytes(kind, size);
        var mbPerSecond = bytes / (double)(1 << 20) / (stats.Median / 1e9);
        return mbPerSecond.ToString("F1", CultureInfo.InvariantCulture);
    }

    private static long InputBytes(string kind, string? size)
    {
        var key = kind + "/" + size;
        lock (SizeCache)
        {
            if (SizeCache.TryGetValue(key, out var cached)) return cached;
            var bytes = size is null
                ? PipelineCorpus.Articles(kind).Sum(a => (long)Encoding.UTF8.GetByteCount(a))
                : Encoding.UTF8.GetByteCount(PipelineCorpus.Document(kind, size));
            SizeCache[key] = bytes;
            return bytes;
        }
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Adds <see cref="ThroughputColumn"/>.</summary>
internal sealed class ThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
