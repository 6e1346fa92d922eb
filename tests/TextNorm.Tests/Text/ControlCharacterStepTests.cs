using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class ControlCharacterStepTests
{
    private readonly ControlCharacterStep _step = new();

    [Theory]
    [InlineData("第一段。\r\n第二段。\r\n", "第一段。\n第二段。\n")]
    [InlineData("第一段。\r第二段。", "第一段。\n第二段。")]
    [InlineData("第一段。\u2028第二段。\u2029第三段。", "第一段。\n第二段。\n第三段。")]
    [InlineData("控\u0007制\u0085字符", "控制字符")] // NEL is a C1 control here (shared rule case)
    [InlineData("一\r\n\r\n二", "一\n\n二")]
    [InlineData("新\u200B闻\u200D发布\uFEFF会", "新闻发布会")]
    [InlineData("\uFEFF标题", "标题")]
    [InlineData("控\u0007制\u0000字\u001F符\u007F", "控制字符")]
    [InlineData("C1\u0080\u009F控制", "C1控制")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("word\u2060joiner\u200Cnon", "wordjoinernon")]
    public void Repairs(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("第一段。\n第二段。\n")]
    [InlineData("制表\t符和 空格")]
    [InlineData("换页\u000C和\u000B纵向制表")] // whitespace: the whitespace step makes them spaces
    [InlineData("生僻字：𠀋、𪚥、龘、靐。")]
    [InlineData("Emoji 😀 和 café、naïve")]
    [InlineData("一家人 👨\u200D👩\u200D👧 出游")] // ZWJ inside an emoji sequence is part of the character
    [InlineData("int main() { return 0; }\n")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Removes_lone_surrogates_and_keeps_pairs()
    {
        var input = "前\uD800后\uDC00尾𠀋\uD83D";
        var report = StepRunner.AssertRepairs(_step, input, "前后尾𠀋");
        Assert.Equal(3, report.Count(ChangeKinds.Unrecoverable));
    }

    [Fact]
    public void Removes_a_joiner_next_to_a_lone_surrogate()
    {
        StepRunner.AssertRepairs(_step, "a\u200D\uD800\u200Db", "ab");
    }

    [Fact]
    public void Removes_lone_surrogates_even_when_controls_are_kept()
    {
        var step = new ControlCharacterStep(removeControls: false);
        Assert.Equal("a\r\n\u200Bb", StepRunner.Run(step, "a\r\n\u200B\uDC00b"));
        StepRunner.AssertUnchanged(step, "a\r\n\u200Bb");
    }

    [Fact]
    public void Records_what_it_did()
    {
        StepRunner.Run(_step, "a\r\nb\rc\u200Bd", out var report);
        Assert.Equal(2, report.Count(ChangeKinds.LineBreak));
        var removal = Assert.Single(report.OfKind(ChangeKinds.ControlCharacter));
        Assert.Equal(6, removal.Position);
        Assert.Equal("\u200B", removal.Before);
    }
}
