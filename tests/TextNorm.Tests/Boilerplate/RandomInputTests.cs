using System.Text;
using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

/// <summary>
/// Random pages assembled from boilerplate fragments, prose, brackets and odd characters: the step never throws,
/// only removes whole lines or a tail of the last paragraph, records each removal where it was, and a second run
/// changes nothing.
/// </summary>
public class RandomInputTests
{
    private static readonly string[] Fragments =
    [
        "责任编辑：", "编辑", "记者 ", "来源：", "2019-01-30 09:22", "2019年1月30日", "（", "）", "(", ")", "【", "】", "：", ":",
        "。", "，", "首页 > ", "|", "• ", "微笑", "0", "12", "版权声明", "转载请注明", "分享到", "打印本页", "原标题：", "▲", "摄",
        "张三", "李四", "欧阳明", "新华社", "临汾新闻网讯", "新华社北京1月30日电", "相关新闻", "会议强调", "明确了责任清单", " ", "\u3000",
        "\r", "\t", "\uFFFD", "\uD83D\uDE00", "\uD800", "a", "Z", "/", "——", "…", "”", "“", "完", "（完）", "第1页", "下一页",
    ];

    private static string RandomPage(Random random)
    {
        var sb = new StringBuilder();
        var lines = random.Next(0, 30);
        for (var l = 0; l < lines; l++)
        {
            var parts = random.Next(0, 8);
            for (var p = 0; p < parts; p++) sb.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(4) == 0) sb.Append("县委召开常委会议，部署今年重点工作。");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    [Fact]
    public void Random_pages_never_break_the_step()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 3000; i++)
        {
            var input = RandomPage(random);
            var (text, meta, changes) = Run(input);
            Assert.NotNull(meta);
            Assert.All(changes.Items, c => Assert.Equal(c.Before, input.Substring(c.Position, c.Before.Length)));
            var (twice, _, again) = Run(text);
            Assert.Equal(text, twice);
            Assert.True(again.IsEmpty);
        }
    }
}
