using System.Text;
using BenchmarkDotNet.Attributes;
using TextNorm.Decoding;
using TextNorm.Repair;

namespace TextNorm.Benchmarks.Decoding;

/// <summary>
/// Decoding and the mojibake scan on clean text (the gold articles repeated to about 8 MB): what every document pays
/// when nothing needs repair. Throughput = <see cref="Megabytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class DecodingBenchmarks
{
    private byte[] _utf8 = [];
    private byte[] _gbk = [];
    private string _text = "";
    private readonly MojibakeRepairStep _repair = new(RepairOptions.Default);

    /// <summary>Size of the UTF-8 input in MB (printed by <see cref="Setup"/>).</summary>
    public double Megabytes => _utf8.Length / 1e6;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextNorm.sln"))) dir = dir.Parent;
        var gold = Path.Combine(dir!.FullName, "tests", "TextNorm.Tests", "Decoding", "Data");
        var articles = string.Concat(Directory.GetFiles(gold, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var sb = new StringBuilder();
        while (sb.Length < 2_800_000) sb.Append(articles);
        _text = sb.ToString();
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _gbk = ChineseTextDecoder.GetEncoding("gbk").GetBytes(_text);
        ChineseCharTable.Warm();
        ByteTables.Warm();
        Console.WriteLine($"// input: {_text.Length} chars, {Megabytes:F2} MB UTF-8, {_gbk.Length / 1e6:F2} MB GBK");
    }

    [Benchmark(Description = "decode clean UTF-8")]
    public int DecodeUtf8() => ChineseTextDecoder.Decode(_utf8).Length;

    [Benchmark(Description = "repair scan, clean text")]
    public int RepairScan() => MojibakeRepairer.FindRepairs(_text).Count;

    [Benchmark(Baseline = true, Description = "decode + repair step, clean UTF-8")]
    public int DecodeAndRepair()
    {
        var context = new TextNorm.Pipeline.StepContext(new ChangeLog(100));
        var text = new TextDecoder(DecodingOptions.Default).Decode(_utf8, context.Changes);
        return _repair.Apply(text, context).Length;
    }

    [Benchmark(Description = "decode GBK (detection, per line)")]
    public int DecodeGbk() => ChineseTextDecoder.Decode(_gbk).Length;
}
