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

/// <summary>
/// Issue 8 (fuzz finding): GBK-shift damage back to back. Each link's ASCII trail byte is followed by the next link's
/// <c>?</c>, which is glue only once that link is repaired; the finder must repair the whole chain in one pass, not one
/// link per pass.
/// </summary>
public class GbkShiftChainTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(40)]
    public void A_chain_of_shifted_pairs_is_repaired_in_one_pass(int links)
    {
        // 。縣 in GBK is A1 A3 BF 68; with each A1 lost a decoder writes ?, then reads A3 BF as ？ (narrowed to ?), then h.
        var damaged = "作戰" + string.Concat(Enumerable.Repeat("??h", links)) + "、";
        var expected = "作戰" + string.Concat(Enumerable.Repeat("。縣", links)) + "、";
        var once = MojibakeRepairer.Repair(damaged);
        Assert.Equal(expected, once);
        Assert.Same(once, MojibakeRepairer.Repair(once));
    }

    [Fact]
    public void A_chain_whose_last_link_has_no_glue_is_left_alone()
    {
        // The last h is followed by ASCII: no link is glued into Chinese, so none is repaired (a real "??h" may be text).
        var text = "作戰" + string.Concat(Enumerable.Repeat("??h", 5)) + " ok";
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    [Fact]
    public void A_long_chain_stays_linear()
    {
        // 200,000 links: one pass, each link tried at most twice (a quadratic retry would take minutes).
        var damaged = "作戰" + string.Concat(Enumerable.Repeat("??h", 200_000)) + "、";
        var repaired = MojibakeRepairer.Repair(damaged);
        Assert.Equal(2 + 2 * 200_000 + 1, repaired.Length);
    }
}

/// <summary>
/// UTF-8 read as Latin-1 starts with a lead byte (C2–F4 as <c>Â</c>…<c>ô</c>) followed by continuation bytes. A tone
/// letter of a pinyin annotation is such a character but is followed by ASCII: it opens no window, and mojibake later on
/// the line is still found from its own lead byte.
/// </summary>
public class Utf8AsLatin1LeadTests
{
    [Theory]
    [InlineData("作戰(zhàn)å…¨å›½人民", "作戰(zhàn)全国人民")]
    [InlineData("è a å…¨å›½", "è a 全国")]
    [InlineData("café å…¨å›½", "café 全国")]
    [InlineData("å…¨å›½", "全国")]
    public void Mojibake_after_a_lone_lead_letter_is_still_repaired(string damaged, string expected)
    {
        Assert.Equal(expected, MojibakeRepairer.Repair(damaged));
    }

    [Theory]
    [InlineData("作戰(zhàn)、設(shè)立")]
    [InlineData("Zhōngguó ànzhào è")]
    [InlineData("à")]
    public void Lone_lead_letters_are_left_alone(string text)
    {
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }
}
