using System.Text;
using BenchmarkDotNet.Attributes;
using TextNorm.Pipeline;
using TextNorm.Text;

namespace TextNorm.Benchmarks.Text;

/// <summary>
/// Each text step alone, the text steps together, and the whole default normalizer, on two inputs:
/// <c>clean</c> (the clean Simplified articles of <c>tests/TextNorm.Tests/Cases/clean</c>, repeated to about 1 MB: the
/// common case, where every step should only scan) and <c>seeds</c> (the five seed articles, each step fed what the
/// steps before it produce). Throughput = <see cref="InputBytes"/> (UTF-8) / mean time.
/// </summary>
[MemoryDiagnoser]
public class TextStepBenchmarks
{
    private static readonly ITextStep[] Steps =
    [
        new ControlCharacterStep(), new FullWidthAlphanumericStep(), new PinyinAnnotationStep(),
        new PunctuationWidthStep(), new DoubledPunctuationStep(), new WhitespaceStep(), new OutputFormStep(),
    ];

    private readonly TextNormalizer _normalizer = new();
    private string[] _inputs = [];
    private StepContext _context = null!;
    private ITextStep? _step;

    [Params("clean", "seeds")]
    public string Input { get; set; } = "clean";

    [Params("controls", "fullwidth", "pinyin", "punctuation-width", "doubled-punctuation", "whitespace", "output-form", "all-text-steps", "normalize")]
    public string Step { get; set; } = "controls";

    /// <summary>UTF-8 size of the benchmark's input, for MB/s.</summary>
    public long InputBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var documents = Input == "clean" ? LoadClean() : LoadSeeds();
        _context = new StepContext(new ChangeLog(0));
        var index = Array.FindIndex(Steps, s => s.Name == Step);
        // Feed a step what the steps before it produce.
        _inputs = documents.Select(d =>
        {
            if (index < 0) return d;
            for (var i = 0; i < index; i++) d = Steps[i].Apply(d, _context);
            return d;
        }).ToArray();
        _step = index < 0 ? null : Steps[index];
        InputBytes = _inputs.Sum(s => (long)Encoding.UTF8.GetByteCount(s));
        Console.WriteLine($"// {Input}/{Step}: {_inputs.Length} documents, {InputBytes} UTF-8 bytes");
    }

    [Benchmark]
    public int Run()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            var context = new StepContext(new ChangeLog(1000)); // per document, as the normalizer does
            switch (Step)
            {
                case "normalize":
                    n += _normalizer.Normalize(input).Length;
                    break;
                case "all-text-steps":
                    var text = input;
                    foreach (var step in Steps) text = step.Apply(text, context);
                    n += text.Length;
                    break;
                default:
                    n += _step!.Apply(input, context).Length;
                    break;
            }
        }
        return n;
    }

    private static string[] LoadClean()
    {
        var dir = FindUpwards(Path.Combine("tests", "TextNorm.Tests", "Cases", "clean"));
        var articles = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var one = string.Concat(articles);
        // One document of about 1 MB of clean text.
        return [string.Concat(Enumerable.Repeat(one, Math.Max(1, 1_000_000 / Encoding.UTF8.GetByteCount(one))))];
    }

    private static string[] LoadSeeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static string FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
