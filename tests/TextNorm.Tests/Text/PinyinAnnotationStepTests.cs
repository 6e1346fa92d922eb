using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class PinyinAnnotationStepTests
{
    private readonly PinyinAnnotationStep _step = new();

    [Theory]
    [InlineData("加强“三基建設(shè)”服務(wù)發(fā)展", "加强“三基建設”服務發展")]
    [InlineData("經(jīng)濟(jì)發(fā)展", "經濟發展")]
    [InlineData("聯(lian)合國(guo)", "聯合國")]
    [InlineData("中國(zhōngguó)人", "中國人")]
    [InlineData("中國(zhōng guó)人", "中國人")]
    [InlineData("西安(xī'ān)市", "西安市")]
    [InlineData("設(she4)計", "設計")]
    [InlineData("設（shè）計", "設計")] // full-width parentheses
    [InlineData("綠(lǜ)色", "綠色")]
    [InlineData("綠(lü)色", "綠色")]
    [InlineData("嗯(ńg)", "嗯")]
    [InlineData("呣(ḿ)", "呣")]
    [InlineData("設(she\u0300)計", "設計")] // decomposed tone mark
    [InlineData("𠀋(zhàng)字", "𠀋字")] // after an Extension B character
    [InlineData("啊(ā)", "啊")] // a one-letter syllable with a tone is a reading
    [InlineData("們(men)", "們")] // a toneless word that is one syllable is a reading (spec rule 9), even if English has it too
    [InlineData("龍(long)", "龍")]
    [InlineData("設(shè)(shè)計", "設計")]
    [InlineData("設 (shè)計", "設計")] // spaces before the reading go with it
    [InlineData("設\u00A0（shè）計", "設計")]
    [InlineData("經濟(lian  ）", "經濟")] // spaces inside go too: the whitespace step would remove them // the second one also directly follows 設 in the output
    public void Removes_annotations(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("走訪貧困戶。(陳健翔)")]
    [InlineData("国内生产总值(GDP)增长")]
    [InlineData("调查显示(2019)增长")]
    [InlineData("第(1)条")]
    [InlineData("据李(Li)先生介绍")]
    [InlineData("李(Shè)先生")] // capitalized: a name, not an annotation
    [InlineData("方案(a)和方案(b)")] // enumeration labels
    [InlineData("选项(e)")]
    [InlineData("零钱(change)和熊猫(panda)")] // English glosses that split into pinyin syllables
    [InlineData("一(one)")]
    [InlineData("零钱(change)")]
    [InlineData("看(see)")]
    [InlineData("和(and)")]
    [InlineData("苹果(apple)")]
    [InlineData("单位(m)")]
    [InlineData("ABC(shè)")]
    [InlineData("ABC (shè)")]
    [InlineData("。 (shè)")]
    [InlineData("設(shè")] // unbalanced
    [InlineData("設(shè（")]
    [InlineData("設)shè(")]
    [InlineData("((((")]
    [InlineData("設(shè\n)")]
    [InlineData("設(shuāí)")] // two tone marks in one syllable
    [InlineData("設(xyz)")]
    [InlineData("設(she 4)")]
    [InlineData("設()")]
    [InlineData("設( )")]
    [InlineData("設(\u3000)")]
    [InlineData("int f(x) { return g(y); }")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Records_each_annotation()
    {
        var report = StepRunner.AssertRepairs(_step, "經(jīng)濟(jì)", "經濟");
        Assert.Equal(2, report.Count(ChangeKinds.PinyinAnnotation));
        Assert.Equal((1, "(jīng)", ""), (report.Items[0].Position, report.Items[0].Before, report.Items[0].After));
        Assert.Equal(8, report.Items[1].Position);
    }

    [Fact]
    public void Handles_long_and_pathological_input_without_failing()
    {
        var many = string.Concat(Enumerable.Repeat("設(", 20000));
        StepRunner.AssertUnchanged(_step, many);
        var annotated = string.Concat(Enumerable.Repeat("設(shè)", 20000));
        Assert.Equal(new string('設', 20000), StepRunner.Run(_step, annotated));
    }
}
