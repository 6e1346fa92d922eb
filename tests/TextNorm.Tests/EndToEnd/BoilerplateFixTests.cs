using TextNorm.Tests.Boilerplate;

namespace TextNorm.Tests.EndToEnd;

/// <summary>Boilerplate gaps found by the end-to-end corpus (portal counters, player durations, location lines): each removed at the edges, kept in the body.</summary>
public sealed class BoilerplateFixTests
{
    private const string Head = "广州地铁18号线北延段开通";
    private const string Body = "3月18日上午，广州地铁18号线北延段正式开通运营。\n开通首日，不少市民专程前来体验。";

    [Theory]
    [InlineData("0 跟贴 0 参与")]
    [InlineData("12 跟帖 356 参与")]
    [InlineData("阅读（2136）")]
    [InlineData("阅读 (2136)")]
    [InlineData("浏览 1.2万")]
    public void Footer_counter_is_removed(string footer)
    {
        var (text, _, _) = BoilerplateTestSupport.Run(Head + "\n" + Body + "\n" + footer + "\n");
        Assert.Equal(Head + "\n" + Body + "\n", text);
    }

    [Theory]
    [InlineData("00:02:35")]
    [InlineData("02:35")]
    public void Player_duration_before_the_headline_is_removed(string header)
    {
        var (text, meta, _) = BoilerplateTestSupport.Run(header + "\n" + Head + "\n" + Body + "\n");
        Assert.Equal(Head + "\n" + Body + "\n", text);
        Assert.Equal(Head, meta.Title);
    }

    [Theory]
    [InlineData("发布于：安徽省")]
    [InlineData("发布于：北京市")]
    [InlineData("IP属地：浙江")]
    public void Location_line_under_the_headline_is_removed(string location)
    {
        var (text, meta, _) = BoilerplateTestSupport.Run(Head + "\n2024-04-02 07:45\n" + location + "\n" + Body + "\n");
        Assert.Equal(Head + "\n" + Body + "\n", text);
        Assert.Equal(Head, meta.Title);
    }

    [Theory]
    [InlineData("网友跟贴说，这个办法好，已有1200人参与讨论。")]
    [InlineData("阅读（第2版）")]
    [InlineData("该文发布于2019年，引起广泛关注。")]
    [InlineData("发布于：安徽省政府网站的通知称，全省将启动专项行动。")]
    [InlineData("比赛于19:35开始。")]
    public void Body_lines_with_the_same_words_stay(string line)
    {
        var input = Head + "\n" + Body + "\n" + line + "\n开通后，乘客从南沙区到广州东站最快只需41分钟。\n";
        var (text, _, _) = BoilerplateTestSupport.Run(input);
        Assert.Equal(input, text);
    }
}

/// <summary>Label captions followed by their photo credit (<c>…。澎湃新闻记者 朱奕奕 图</c>) go; sentences with a credit-like end stay.</summary>
public sealed class CaptionCreditFixTests
{
    private const string Head = "上海：老旧小区加装电梯提速";
    private const string Before = "记者从上海市住建委获悉，今年已完工1200台。";
    private const string After = "住建委相关负责人表示，难点主要在于管线迁移。";

    [Theory]
    [InlineData("杨浦区某小区新加装的电梯。澎湃新闻记者 朱奕奕 图")]
    [InlineData("澎湃新闻记者 朱奕奕 图")]
    [InlineData("杨浦区某小区新加装的电梯。新华社记者 李明 摄")]
    public void Label_caption_with_credit_is_removed(string caption)
    {
        var (text, _, _) = BoilerplateTestSupport.Run(Head + "\n" + Before + "\n" + caption + "\n" + After + "\n");
        Assert.Equal(Head + "\n" + Before + "\n" + After + "\n", text);
    }

    [Theory]
    [InlineData("图为游客在甲板上观看日落，不少人用手机记录下这一刻。")]
    [InlineData("他说，这张照片是他拍的。我们都看了那张图")]
    [InlineData("新电梯投用。居民们说这是件好事 图")]
    public void Sentences_stay(string line)
    {
        var input = Head + "\n" + Before + "\n" + line + "\n" + After + "\n";
        var (text, _, _) = BoilerplateTestSupport.Run(input);
        Assert.Equal(input, text);
    }
}

/// <summary>"尽在…APP" promotions at the end of a page go; a sentence with 尽在 stays.</summary>
public sealed class PromotionFixTests
{
    private const string Body = "外资机构密集调研A股\n春节前后，外资机构调研A股上市公司的频次明显增加。\n";

    [Theory]
    [InlineData("更多精彩内容，尽在大众新闻客户端")]
    public void Footer_promotion_is_removed(string footer)
    {
        var (text, _, _) = BoilerplateTestSupport.Run(Body + footer + "\n");
        Assert.Equal(Body, text);
    }

    [Fact]
    public void Sentence_with_the_same_word_stays()
    {
        var input = Body + "春日好去处，尽在我们身边。\n";
        Assert.Equal(input, BoilerplateTestSupport.Run(input).Text);
    }
}
