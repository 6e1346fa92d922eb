using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using TextNorm.Decoding;
using TextNorm.Pipeline;

namespace TextNorm.Benchmarks.Pipeline;

/// <summary>
/// Where the time goes: each step of <c>new TextNormalizer()</c> alone, in the normaliser's own order, on the five
/// articles as they reach that step (the output of every step before it). "decode" is the byte decoder on the
/// articles' UTF-8. MB/s counts the articles' original UTF-8 size, so the rows compare directly.
/// <c>dotnet run -c Release --project benchmarks/TextNorm.Benchmarks -- --filter *StepBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class StepBenchmarks
{
    private const string Decode = "decode";
    private static readonly TextNormalizer Normalizer = new();
    private static readonly ITextStep[] Steps = NormalizerSteps(Normalizer);

    private ITextStep? _step;
    private string[] _inputs = [];
    private byte[][] _bytes = [];

    /// <summary>trad: the seeds; simp: clean Simplified.</summary>
    [Params(PipelineCorpus.Traditional, PipelineCorpus.Simplified)]
    public string Kind { get; set; } = PipelineCorpus.Traditional;

    /// <summary>The step, by position and name ("decode" is the byte decoder).</summary>
    [ParamsSource(nameof(StepNamesInOrder))]
    public string Step { get; set; } = Decode;

    public static IEnumerable<string> StepNamesInOrder() =>
        new[] { Decode }.Concat(Steps.Select((s, i) => $"{i + 1:00}-{s.Name}"));

    [GlobalSetup]
    public void Setup()
    {
        var articles = PipelineCorpus.Articles(Kind);
        _bytes = articles.Select(Encoding.UTF8.GetBytes).ToArray();
        if (Step == Decode) return;
        var index = int.Parse(Step.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) - 1;
        _step = Steps[index];
        _inputs = articles.Select(text =>
        {
            var context = NewContext();
            for (var i = 0; i < index; i++) text = Steps[i].Apply(text, context);
            return text;
        }).ToArray();
    }

    [Benchmark(Description = "step on 5 articles")]
    public int Run()
    {
        var n = 0;
        if (_step is null)
        {
            foreach (var b in _bytes) n += TextDecoder.Decode(b, Normalizer.Options.Decoding, null, out _).Length;
            return n;
        }
        foreach (var text in _inputs) n += _step.Apply(text, NewContext()).Length;
        return n;
    }

    private static StepContext NewContext() => new(new ChangeLog(Normalizer.Options.MaxRecordedChanges));

    private static ITextStep[] NormalizerSteps(TextNormalizer normalizer) =>
        (ITextStep[])(typeof(TextNormalizer).GetField("_steps", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(normalizer)
            ?? throw new InvalidOperationException("TextNormalizer._steps not found"));
}
