using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class PunctuationWidthStepTests
{
    private readonly PunctuationWidthStep _step = new();

    [Theory]
    [InlineData("他说:好的,我们走吧!", "他说：好的，我们走吧！")]
    [InlineData("共1,000元,时间09:22:25。", "共1,000元，时间09:22:25。")]
    [InlineData("增长1.2万元;下降3.5%。", "增长1.2万元；下降3.5%。")]
    [InlineData("国内生产总值(GDP)增长", "国内生产总值（GDP）增长")]
    [InlineData("国内生产总值(GDP)", "国内生产总值（GDP）")]
    [InlineData("(GDP)增长", "（GDP）增长")]
    [InlineData("调查显示(2019)增长", "调查显示（2019）增长")]
    [InlineData("据李(Li)先生介绍", "据李（Li）先生介绍")]
    [InlineData("是如何推进的?任天顺表示", "是如何推进的？任天顺表示")]
    [InlineData("“8+5”重点任务, 3项规定", "“8+5”重点任务， 3项规定")] // the space goes in the whitespace step
    [InlineData("Hello   world, 你好", "Hello   world， 你好")]
    [InlineData("真的吗?!", "真的吗？！")]
    [InlineData("近日,,就", "近日，，就")] // collapsing is the next step's job
    [InlineData("表示,,2020年", "表示，，2020年")]
    [InlineData("好。,走", "好。，走")]
    [InlineData("他说:“走吧!”", "他说：“走吧！”")]
    [InlineData("“OK”, 他说", "“OK”， 他说")] // looks past the closing quote to the Han character
    [InlineData("Email:联系", "Email：联系")] // a Latin label before Chinese text
    [InlineData("网址:http://example.com/a", "网址：http://example.com/a")]
    [InlineData("邮箱:zhang@example.com,欢迎来信", "邮箱：zhang@example.com，欢迎来信")]
    [InlineData("见http://example.com/x,下一步", "见http://example.com/x，下一步")] // a comma ending a URL is punctuation
    [InlineData("比分为3:1,主队获胜", "比分为3:1，主队获胜")]
    [InlineData("（GDP)增长", "（GDP）增长")] // a half-width mark paired with a full-width one
    [InlineData("Python (编程语言)", "Python （编程语言）")]
    [InlineData("走访贫困户。(张建华", "走访贫困户。（张建华")] // unpaired, by its own context
    [InlineData("甲(乙(丙)丁)戊", "甲（乙（丙）丁）戊")]
    [InlineData("𠀋,字", "𠀋，字")]
    [InlineData("GDP(国内生产总值)增长", "GDP（国内生产总值）增长")]
    [InlineData("常态化开展每月15日“3+2”, 3项规定动作", "常态化开展每月15日“3+2”， 3项规定动作")] // judged by the text around the quotation
    [InlineData("他说“OK”, then", "他说“OK”， then")]
    [InlineData("截至2019:", "截至2019：")] // digits are looked past
    [InlineData("编号 12, 共3项", "编号 12， 共3项")]
    public void Widens(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("共1,000元")]
    [InlineData("时间09:22:25")]
    [InlineData("增长1.2萬元")]
    [InlineData("10.35億元")]
    [InlineData("“8+5”重点任务")]
    [InlineData("占58.9%")]
    [InlineData("访问 http://example.com/a,b?x=1 获取")]
    [InlineData("访问http://example.com/a,b?x=1获取")]
    [InlineData("网址www.example.com/a?b=1,2获取")]
    [InlineData("Python (programming language) is fun, really!")]
    [InlineData("He said “hello, world!” to me.")]
    [InlineData("He said “hi”, then left.")]
    [InlineData("int main(void) { printf(\"%d\", x); return 0; }")]
    [InlineData("Emoji 😀 和 café、naïve")]
    [InlineData("真的吗？！太好了！！")]
    [InlineData("等等……还有——这个")]
    [InlineData("ratio 3:1, done")]
    [InlineData("Windows 10: new features")]
    [InlineData("版本v2:")]
    [InlineData("1,2,3")]
    [InlineData("代码 printf(\"%d\", x) 输出")]
    [InlineData("Windows(XP)系统")]
    [InlineData("地址 https://example.com:8080/path;p?q=1")]
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    [Fact]
    public void Records_each_widened_mark()
    {
        var report = StepRunner.AssertRepairs(_step, "他说:好", "他说：好");
        var change = Assert.Single(report.Items);
        Assert.Equal((2, ":", "："), (change.Position, change.Before, change.After));
    }

    [Fact]
    public void Stays_linear_on_pathological_input()
    {
        // Many parentheses in one long ASCII run whose partners lie in other runs: each is classified once.
        var input = new string('(', 30000) + string.Concat(Enumerable.Repeat(" x)", 30000)) + "好";
        var output = StepRunner.Run(_step, input);
        Assert.Equal(input.Length, output.Length);
    }
}
