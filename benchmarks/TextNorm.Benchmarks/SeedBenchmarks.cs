using BenchmarkDotNet.Attributes;

namespace TextNorm.Benchmarks;

/// <summary>Whole-document normalization of the five seed articles.</summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private readonly TextNormalizer _normalizer = new();
    private string[] _seeds = [];
    private byte[][] _seedBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        _seeds = files.Select(File.ReadAllText).ToArray();
        _seedBytes = files.Select(File.ReadAllBytes).ToArray();
    }

    [Benchmark(Description = "Normalize(string), 5 seeds")]
    public int NormalizeSeedsText()
    {
        var n = 0;
        foreach (var s in _seeds) n += _normalizer.Normalize(s).Length;
        return n;
    }

    [Benchmark(Description = "Normalize(bytes), 5 seeds")]
    public int NormalizeSeedsBytes()
    {
        var n = 0;
        foreach (var b in _seedBytes) n += _normalizer.Normalize(b).Length;
        return n;
    }
}
