using TextNorm.Repair;

namespace TextNorm.Tests.Repair;

/// <summary>
/// Issue 8: a repair decision must not depend on what later steps change around the span (controls removed,
/// neighbours converted or widened), else a second pass repairs what the first one left.
/// </summary>
public class RepairStabilityTests
{
    [Theory]
    // 误 is E8 AF AF: NUL bytes inside the Latin-1 mojibake are removed later, so they are looked through now.
    [InlineData("结果è\u0000¯\u0000¯显示", "结果误显示")]
    [InlineData("今天å\u001F…¨å›½人民", "今天全国人民")]
    [InlineData("今天å…\u200B¨å›½人民", "今天全国人民")]
    // C1 controls and the soft hyphen are never written by a GBK decoder: looked through in UTF-8-read-as-GBK.
    [InlineData("今天鍏\u0085ㄥ浗人民", "今天全国人民")]
    [InlineData("今天鍏ㄥ\u00AD浗人民", "今天全国人民")]
    public void Controls_inside_mojibake_are_looked_through_and_go_with_it(string damaged, string expected)
    {
        Assert.Equal(expected, MojibakeRepairer.Repair(damaged));
    }

    [Theory]
    // Controls elsewhere are left for the controls step (which records them).
    [InlineData("正文\u0000内容")]
    [InlineData("a\u0001b 鍏\n")]
    [InlineData("价格\u00AD为\u0085十元")]
    public void Controls_outside_mojibake_are_left_alone(string text)
    {
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    [Theory]
    // 璩囪▕ re-encodes to the UTF-8 of 資訊 but holds no sign of damage itself: it must not be repaired only because a
    // rare character stands next to it (a later step may change or remove that neighbour).
    [InlineData("璩囪\u2595。")]
    [InlineData("璩囪\u2595粞")]
    [InlineData("璩囪\u2595 粞")]
    public void A_span_without_damage_of_its_own_is_not_repaired_for_its_neighbours(string text)
    {
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    [Theory]
    // 標誌 as UTF-8 read as GBK: the decision does not depend on what stands before it (floating-point sums once did).
    [InlineData(")妯欒獙", ")標誌")]
    [InlineData("n)妯欒獙", "n)標誌")]
    [InlineData("\u01CEn)妯欒獙", "\u01CEn)標誌")]
    [InlineData("國際妯欒獙", "國際標誌")]
    public void The_same_span_is_judged_the_same_whatever_precedes_it(string damaged, string expected)
    {
        Assert.Equal(expected, MojibakeRepairer.Repair(damaged));
    }

    [Theory]
    // A run of ? is lost characters or real marks, not narrowed ？ among wrong characters (which would realign to 浚).
    [InlineData("资讯????????????f」")]
    [InlineData("好吗??????C资讯")]
    public void A_run_of_question_marks_is_not_realigned(string text)
    {
        Assert.DoesNotContain('浚', MojibakeRepairer.Repair(text));
    }

    [Fact]
    public void Two_question_marks_before_a_trail_byte_still_realign()
    {
        // noise.md §2: 作戰(zhàn)??h、 → 作戰。縣、 (the annotation is removed later; here it stays).
        Assert.Equal("作戰(zhàn)。縣、", MojibakeRepairer.Repair("作戰(zhàn)??h、"));
    }
}
