using TextNorm.Pipeline;
using TextNorm.Text;

namespace TextNorm.Tests.Text;

/// <summary>The traps of spec and noise notes, in their clean form: no text step may touch them.</summary>
public class TrapTests
{
    public static TheoryData<string> Traps() =>
    [
        "增长1.2萬元",
        "生产总值完成10.35亿元",
        "2019-01-30 09:22:25",
        "落实主题教育“8+5”重点任务",
        "占年计划的58.9%",
        "全面铺开。（陳健翔）",
        "国内生产总值（GDP）增长",
        "调查显示（2019）增长",
        "第（1）条",
        "是如何推进的？任天顺表示",
        "真的吗？！太好了！！",
        "等等……还有——这个",
        "访问 http://example.com/a,b?x=1 获取",
        "邮箱 zhang.san@example.com 欢迎来信",
        "Python (programming language) is fun, really!",
        "He said “hello, world!” to me.",
        "int main(void) { printf(\"%d\", x); return 0; }",
        "Emoji 😀 和 café、naïve 都不是乱码。",
        "常见的生僻字：𠀋、𪚥、龘、靐。",
        "统一指挥 挂图作战 明确责任 强化督查",
        "共1,000元，比分3:1。",
    ];

    private static readonly ITextStep[] Steps =
    [
        new ControlCharacterStep(), new FullWidthAlphanumericStep(), new PinyinAnnotationStep(), new PunctuationWidthStep(),
        new DoubledPunctuationStep(), new WhitespaceStep(),
    ];

    [Theory]
    [MemberData(nameof(Traps))]
    public void No_step_touches_a_trap(string trap)
    {
        // The text steps only: some traps are Traditional or end in an author credit, which later stages do change.
        foreach (var step in Steps) StepRunner.AssertUnchanged(step, trap);
    }
}
