using TextNorm.Repair;

namespace TextNorm.Tests.Repair;

/// <summary>The rule-12 cases of shared/cases/rules.jsonl, at the repair step (the other steps are not this area's).</summary>
public class RuleCaseTests
{
    [Theory]
    [InlineData("今天鍏ㄥ浗人民", "今天全国人民", ChangeKinds.MojibakeUtf8AsGbk)]
    [InlineData("今天å…¨å›½人民", "今天全国人民", ChangeKinds.MojibakeUtf8AsLatin1)]
    [InlineData("结果锟斤拷显示", "结果显示", ChangeKinds.Unrecoverable)]
    [InlineData("实字打底，求真务实赢点贊?!笨h委副书记", "实字打底，求真务实赢点贊。”縣委副书记", ChangeKinds.MojibakeGbkShift)]
    [InlineData("结果锟斤拷锟斤拷锟斤拷显示", "结果显示", ChangeKinds.Unrecoverable)]
    [InlineData("标题\uFFFD\uFFFD\uFFFD正文", "标题正文", ChangeKinds.Unrecoverable)]
    [InlineData("工程\uE800\uE0E6建设", "工程建设", ChangeKinds.Unrecoverable)]
    public void Damage_is_repaired_and_recorded(string input, string expected, string kind)
    {
        var doc = new TextNormalizer().NormalizeDocument(input);
        var repaired = MojibakeRepairer.Repair(input);
        Assert.Equal(expected, repaired);
        var change = Assert.Single(doc.Changes.Items, c => c.Step == StepNames.Repair);
        Assert.Equal(kind, change.Kind);
        Assert.Equal(input.IndexOf(change.Before, StringComparison.Ordinal), change.Position);
    }

    [Theory]
    [InlineData("常见的生僻字：𠀋、𪚥、龘、靐。")]
    [InlineData("Emoji 😀 和 café、naïve 都不是乱码。")]
    public void Rule_cases_that_must_pass_unchanged(string input)
    {
        Assert.Same(input, MojibakeRepairer.Repair(input));
    }

    [Fact]
    public void Whole_document_of_utf8_read_as_gbk_is_repaired()
    {
        const string clean = "临汾市脱贫攻坚工作推进会召开，会议要求各县区统一思想、明确责任。\n2017年全市共有12万人脱贫。";
        var gbk = Decoding.TestEncodings.Gb18030;
        var damaged = gbk.GetString(System.Text.Encoding.UTF8.GetBytes(clean));
        // Each line's final 。 (E3 80 82) met a byte the GBK decoder could not pair: two of its bytes are lost on the first
        // line, one on the second, and 、 (E3 80 81) fits as well as 。, so both are dropped. The 有 of 共有 lost its last
        // byte to the same decoder ("89 31" is no GBK pair); 有 is the likeliest of U+6700–U+673F but not likely enough
        // (會, 本, 月, 机, 最 share the rest), so it is dropped too rather than guessed.
        Assert.Equal("临汾市脱贫攻坚工作推进会召开，会议要求各县区统一思想、明确责任\n2017年全市共12万人脱贫", MojibakeRepairer.Repair(damaged));
    }
}
