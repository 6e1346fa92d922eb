using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class OutputFormStepTests
{
    private readonly OutputFormStep _step = new();

    [Theory]
    [InlineData("只有一行", "只有一行\n")]
    [InlineData("只有一行\n\n\n", "只有一行\n")]
    [InlineData("\n\n  第一段。\n\n\n    第二段。   \n\n", "第一段。\n第二段。\n")]
    [InlineData("第一段。\r\n第二段。\r\n", "第一段。\n第二段。\n")]
    [InlineData("一\r二\u2028三", "一\n二\n三\n")]
    [InlineData("\n", "")]
    [InlineData("  \n \u3000 \n", "")]
    [InlineData("a \nb", "a\nb\n")]
    public void Repairs(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("一\n")]
    [InlineData("一\n二 三\n")]
    [InlineData("Emoji 😀 和 café\n")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Records_the_final_newline()
    {
        var report = StepRunner.AssertRepairs(_step, "一", "一\n");
        Assert.Equal(1, report.Count(ChangeKinds.FinalNewline));
    }
}
