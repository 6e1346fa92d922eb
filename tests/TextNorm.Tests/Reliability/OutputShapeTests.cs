namespace TextNorm.Tests.Reliability;

/// <summary>The oracle of the properties must itself be right: it accepts clean text and names each defect.</summary>
public class OutputShapeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("只有一行\n")]
    [InlineData("第一段。\n统一指挥 挂图作战\nGDP 增长 1,000 万元。\n")]
    [InlineData("𠀀𪚥 emoji 😀 and a pair\n")]
    [InlineData("a b c\n")]
    public void Well_formed_text_passes(string text) => Assert.Null(OutputShape.Problem(text));

    [Theory]
    [InlineData("没有换行", "does not end")]
    [InlineData("两个换行\n\n", "more than one")]
    [InlineData("\n开头空行\n", "starts with a blank line")]
    [InlineData("第一段\n\n第二段\n", "blank line")]
    [InlineData(" 缩进\n", "leading space")]
    [InlineData("行尾空格 \n", "trailing space")]
    [InlineData("两个  空格\n", "run of spaces")]
    [InlineData("全角\u3000空格\n", "not collapsed")]
    [InlineData("不换行\u00A0空格\n", "not collapsed")]
    [InlineData("制表\t符\n", "not collapsed")]
    [InlineData("回车\r\n", "control character U+000D")]
    [InlineData("控\u0007制\n", "control character U+0007")]
    [InlineData("C1\u0085控制\n", "control character U+0085")]
    [InlineData("替换\uFFFD字符\n", "U+FFFD")]
    [InlineData("零宽\u200B字符\n", "zero-width")]
    [InlineData("字节序\uFEFF标记\n", "zero-width")]
    [InlineData("软\u00AD连字符\n", "soft hyphen")]
    public void Each_defect_is_named(string text, string expected)
    {
        var problem = OutputShape.Problem(text);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_are_named()
    {
        // Not InlineData: xunit's serialization of test data would replace a lone surrogate before the test sees it.
        Assert.Contains("lone high surrogate", OutputShape.Problem("孤\uD800立\n"), StringComparison.Ordinal);
        Assert.Contains("lone low surrogate", OutputShape.Problem("孤\uDC00立\n"), StringComparison.Ordinal);
        Assert.Contains("lone high surrogate", OutputShape.Problem("末尾\uD800\n"), StringComparison.Ordinal);
        Assert.Contains("lone low surrogate", OutputShape.Problem("\uDC00\uD800\n"), StringComparison.Ordinal);
    }
}
