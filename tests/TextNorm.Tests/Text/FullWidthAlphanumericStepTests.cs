using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class FullWidthAlphanumericStepTests
{
    private readonly FullWidthAlphanumericStep _step = new();

    [Theory]
    [InlineData("ＧＤＰ增长１２％", "GDP增长12％")]
    [InlineData("第２０２４届", "第2024届")]
    [InlineData("ａｂｃＸＹＺ０９", "abcXYZ09")]
    [InlineData("１．２万元", "1．2万元")] // the full-width period is punctuation, not a digit
    public void Repairs(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("GDP增长12％，同比＋3")]
    [InlineData("全角符号：％＋－＝／（）《》")]
    [InlineData("生僻字：𠀋、𪚥")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Narrows_only_letters_and_digits()
    {
        Assert.Equal("同比＋3", StepRunner.Run(_step, "同比＋３"));
    }

    [Fact]
    public void Records_one_change_per_run()
    {
        var report = StepRunner.AssertRepairs(_step, "ＧＤＰ增长１２％", "GDP增长12％");
        Assert.Equal(2, report.Count(ChangeKinds.FullWidthAlphanumeric));
        Assert.Equal(("ＧＤＰ", "GDP"), (report.Items[0].Before, report.Items[0].After));
        Assert.Equal(5, report.Items[1].Position);
    }
}
