using TextNorm.Pipeline;
using TextNorm.Text;

namespace TextNorm.Tests.Text;

/// <summary>The doubled-punctuation scan skips blocks of characters at a time: a run must be found wherever it falls.</summary>
public class DoubledPunctuationOffsetTests
{
    private static string Apply(string text) => new DoubledPunctuationStep().Apply(text, new StepContext(new ChangeLog(10)));

    public static TheoryData<int> Offsets() => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_doubled_comma_collapses_at_any_offset(int offset)
    {
        var before = new string('中', offset);
        var after = new string('文', 20 - offset);
        Assert.Equal(before + "，" + after, Apply(before + "，，" + after));
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Marks_with_spaces_between_collapse_at_any_offset(int offset)
    {
        var before = new string('中', offset);
        Assert.Equal(before + "。好", Apply(before + "，  。好"));
        Assert.Equal(before + "。", Apply(before + "， 。"));
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Single_marks_among_han_and_latin_stay_at_any_offset(int offset)
    {
        var text = new string('中', offset) + "，中文。English, text; ok! 好？是：的、" + new string('文', offset);
        Assert.Same(text, Apply(text));
    }
}
