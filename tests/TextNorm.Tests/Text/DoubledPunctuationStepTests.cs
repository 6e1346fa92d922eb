using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class DoubledPunctuationStepTests
{
    private readonly DoubledPunctuationStep _step = new();

    [Theory]
    [InlineData("生机勃勃，。近日，，就如何", "生机勃勃。近日，就如何")]
    [InlineData("生机勃勃,。近日,,就如何", "生机勃勃。近日，就如何")] // half-width, as when widening is off
    [InlineData("副主任，、汾西县委书记", "副主任、汾西县委书记")]
    [InlineData("副主任、，汾西", "副主任、汾西")]
    [InlineData("表示，,2020年", "表示，2020年")]
    [InlineData("好，，坏；，对", "好，坏；对")]
    [InlineData("说：，好", "说：好")]
    [InlineData("甲；：乙", "甲；乙")] // equals: the first wins
    [InlineData("完了。，。", "完了。")]
    [InlineData("好，， ，坏", "好，坏")] // spaces between the marks belong to the run
    [InlineData("真的吗？，好", "真的吗？好")]
    [InlineData("太好了！，。走", "太好了！走")]
    [InlineData("真的吗？！，", "真的吗？！")]
    public void Collapses(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("真的吗？！太好了！！")]
    [InlineData("什么！？")]
    [InlineData("等等……还有——这个")]
    [InlineData("你好，世界。")]
    [InlineData("std::map<int, int> m;")]
    [InlineData("a,,b")]
    [InlineData("Really?!")]
    [InlineData("他说：“好。”，然后")] // a quote between the marks: not a doubled run
    [InlineData("时间09:22:25，")]
    [InlineData("1.，2")] // the period is never part of a run
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Records_each_run()
    {
        var report = StepRunner.AssertRepairs(_step, "甲，、乙，，丙", "甲、乙，丙");
        Assert.Equal(2, report.Count(ChangeKinds.DoubledPunctuation));
        Assert.Equal((1, "，、", "、"), (report.Items[0].Position, report.Items[0].Before, report.Items[0].After));
    }
}
