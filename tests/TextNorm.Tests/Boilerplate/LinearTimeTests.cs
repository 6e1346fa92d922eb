using System.Text;
using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

/// <summary>
/// Pathological inputs must run through without blowing up. No timing asserts: the algorithm is linear (each line is
/// matched a bounded number of times by rules with a length cap, credits are looked for in a fixed window); these
/// tests make sure big inputs complete and give sane results.
/// </summary>
public class LinearTimeTests
{
    private static string Repeat(string line, int count)
    {
        var sb = new StringBuilder(line.Length * count + count);
        for (var i = 0; i < count; i++) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void A_hundred_thousand_paragraphs_pass_unchanged()
    {
        var input = Repeat("会议强调，要保护知识产权和版权，明确了责任清单。", 100_000);
        Assert.Same(input, Run(input).Text);
    }

    [Fact]
    public void A_hundred_thousand_boilerplate_lines_are_all_removed()
    {
        var sb = new StringBuilder("标题在此处\n第一段内容。\n");
        for (var i = 0; i < 100_000; i++) sb.Append("责任编辑：张").Append((char)('甲' + i % 1000)).Append('\n');
        var (text, meta, changes) = Run(sb.ToString());
        Assert.Equal("标题在此处\n第一段内容。\n", text);
        Assert.Equal(1000, meta.Editors.Count);
        Assert.Equal(100_000, changes.Count("boilerplate-editor"));
    }

    [Fact]
    public void A_hundred_thousand_headline_like_lines_without_a_body_pass()
    {
        var input = Repeat("县委召开常委会议", 100_000);
        var (text, meta, _) = Run(input);
        Assert.Same(input, text);
        Assert.Equal("县委召开常委会议", meta.Title);
    }

    [Fact]
    public void A_hundred_thousand_link_titles_under_a_related_heading_go()
    {
        var input = "第一段内容。\n相关新闻\n" + Repeat("某县召开常委会议", 100_000);
        Assert.Equal("第一段内容。\n", Run(input).Text);
    }

    [Fact]
    public void Very_long_lines_pass()
    {
        var longProse = new string('字', 1_000_000) + "。";
        var longBrackets = string.Concat(Enumerable.Repeat("。（张三）", 200_000));
        var longDigits = new string('1', 500_000);
        var longOpen = new string('（', 300_000);
        var input = $"{longDigits}\n{longProse}\n{longOpen}\n{longBrackets}\n";
        var (text, _, _) = Run(input);
        Assert.Contains(longProse, text, StringComparison.Ordinal);
        Assert.Contains(longOpen, text, StringComparison.Ordinal);
        // At most a few credits are taken from the end of the last paragraph.
        Assert.True(text.Length > longBrackets.Length - 100);
    }

    [Fact]
    public void A_huge_single_line_without_newline_passes()
    {
        var input = string.Concat(Enumerable.Repeat("责任编辑：张三 2019-01-30 ", 100_000));
        var (text, _, _) = Run(input);
        Assert.Same(input, text);
    }
}
