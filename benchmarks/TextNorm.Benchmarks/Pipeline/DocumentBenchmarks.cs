using System.Text;
using BenchmarkDotNet.Attributes;

namespace TextNorm.Benchmarks.Pipeline;

/// <summary>
/// Whole documents through <see cref="TextNormalizer.Normalize(string)"/> and
/// <see cref="TextNormalizer.Normalize(ReadOnlySpan{byte})"/>, one thread: a 5 KB article, and 1 MB and 10 MB
/// documents, of Traditional text with damage (the seeds) and of clean Simplified text (target: ≥ 300 MB/s).
/// <c>dotnet run -c Release --project benchmarks/TextNorm.Benchmarks -- --filter *DocumentBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DocumentBenchmarks
{
    private readonly TextNormalizer _normalizer = new();
    private string _text = "";
    private byte[] _bytes = [];

    /// <summary>trad: the seeds; simp: clean Simplified.</summary>
    [Params(PipelineCorpus.Traditional, PipelineCorpus.Simplified)]
    public string Kind { get; set; } = PipelineCorpus.Traditional;

    /// <summary>Document size.</summary>
    [Params("5KB", "1MB", "10MB")]
    public string Size { get; set; } = "5KB";

    [GlobalSetup]
    public void Setup()
    {
        _text = PipelineCorpus.Document(Kind, Size);
        _bytes = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Description = "Normalize(string)")]
    public int NormalizeString() => _normalizer.Normalize(_text).Length;

    [Benchmark(Description = "Normalize(bytes)")]
    public int NormalizeBytes() => _normalizer.Normalize(_bytes).Length;
}
