using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class WhitespaceStepTests
{
    private readonly WhitespaceStep _step = new();

    [Theory]
    [InlineData("今天  天气\t很好", "今天 天气 很好")]
    [InlineData("你好 ， 世界 。", "你好，世界。")]
    [InlineData("东李村 “第一书记” 张新波", "东李村“第一书记”张新波")]
    [InlineData("“丁村文化旅游开发” 等", "“丁村文化旅游开发”等")]
    [InlineData("　　正文开始， 内容继续。", "正文开始，内容继续。")]
    [InlineData("\u00A0\u00A0正文\u00A0开始", "正文 开始")]
    [InlineData("Hello   world，你好", "Hello world，你好")]
    [InlineData("Hello world， 你好", "Hello world，你好")]
    [InlineData("\n\n  第一段。\n\n\n    第二段。   \n\n", "第一段。\n第二段。\n")]
    [InlineData("第一段。\n \u00A0 \n第二段。", "第一段。\n第二段。")]
    [InlineData("标题\n  ", "标题\n")]
    [InlineData("2019-01-30 09:22:25 来源：临汾新闻网  ", "2019-01-30 09:22:25 来源：临汾新闻网")]
    [InlineData("等等…… 还有 —— 这个", "等等……还有——这个")]
    [InlineData("约翰 · 史密斯", "约翰·史密斯")]
    [InlineData("攻难克坚 ，补齐短板", "攻难克坚，补齐短板")]
    [InlineData("   ", "")]
    [InlineData("\n", "")]
    [InlineData("a\u2003\u2009b", "a b")]
    public void Repairs(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("统一指挥 挂图作战 明确责任")]
    [InlineData("第一段。\n第二段。\n")]
    [InlineData("第一段。\n第二段。")]
    [InlineData("Hello world, this is English.")]
    [InlineData("He said “hello” to me … then left — quickly.")]
    [InlineData("Emoji 😀 和 café、naïve 都不是乱码。")]
    [InlineData("增长 12％ 以上")] // ％ belongs to its number, not a space-absorbing mark
    [InlineData("临汾新闻网讯 数九寒天")]
    [InlineData("for (int i = 0; i < n; i++) { x += i; }")]
    [InlineData("𠀋 𪚥")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Counts_runs_and_blank_lines()
    {
        var report = StepRunner.AssertRepairs(_step, "  一  二\n\n\n三 ，", "一 二\n三，");
        Assert.Equal(3, report.Count(ChangeKinds.Whitespace));
        Assert.Equal(2, report.Count(ChangeKinds.BlankLine));
    }
}
