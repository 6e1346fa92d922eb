using System.Text;
using BenchmarkDotNet.Attributes;
using TextNorm.Boilerplate;
using TextNorm.Pipeline;

namespace TextNorm.Benchmarks.Boilerplate;

/// <summary>
/// The boilerplate step alone: a typical news page (banner, navigation, dateline, 20 paragraphs, editor, notices,
/// widgets), the same article without boilerplate (the step must only scan), and a 10,000-line document.
/// Run: <c>dotnet run -c Release --project benchmarks/TextNorm.Benchmarks -- --filter *Boilerplate* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BoilerplateBenchmarks
{
    private const string Paragraph = "会议强调，要坚持以人民为中心的发展思想，压紧压实各级责任，明确了责任清单，确保各项任务落到实处，让群众有更多获得感、幸福感、安全感。";

    private readonly BoilerplateStep _step = new(BoilerplateOptions.Default);
    private string _page = "";
    private string _clean = "";
    private string _long = "";

    [GlobalSetup]
    public void Setup()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 20; i++) body.Append(Paragraph).Append('\n');
        _clean = body.ToString();
        _page = "某市新闻网 | 首页 | 新闻 | 时政 | 财经 | 体育\n当前位置：首页 > 新闻 > 正文\n县委召开常委会议部署重点工作\n"
            + "2019-01-30 09:22:25 来源：某市新闻网\n【字号：大 中 小】\n某市新闻网讯 " + _clean.TrimEnd('\n') + "（张建华）\n"
            + "责任编辑：吉政\n版权声明：凡本网刊载的稿件，未经书面授权不得转载。\n【打印本页】【关闭窗口】\n• 微笑\n• 流汗\n0\n";
        var big = new StringBuilder();
        for (var i = 0; i < 500; i++) big.Append(_page);
        _long = big.ToString();
    }

    private static int Run(BoilerplateStep step, string text)
    {
        var context = new StepContext(new ChangeLog(1000));
        return step.Apply(text, context).Length;
    }

    [Benchmark(Baseline = true, Description = "news page with boilerplate (~3 KB)")]
    public int Page() => Run(_step, _page);

    [Benchmark(Description = "clean article, nothing to remove (~2.8 KB)")]
    public int Clean() => Run(_step, _clean);

    [Benchmark(Description = "10,500 lines (500 pages concatenated)")]
    public int ManyPages() => Run(_step, _long);
}
