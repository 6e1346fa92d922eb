using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

/// <summary>
/// The conventions behind cases 45–48 (update times on datelines, a wire code after the editor credit, the bracketed
/// wire credit, two-level breadcrumbs, one-word font-size controls): what they remove, and look-alikes they leave.
/// </summary>
public class SiteConventionTests
{
    private const string Title = "全市老旧小区改造进展顺利";
    private const string Body = "记者从市住建局获悉，今年全市计划改造老旧小区120个，目前已开工98个。\n改造内容包括管网更新和加装电梯等。\n";

    [Theory]
    [InlineData("2026/11/07 14:05（11/07 14:30 更新）", "2026-11-07T14:05")]
    [InlineData("2026-11-07 14:05 更新", "2026-11-07T14:05")]
    [InlineData("2026-11-07 14:05（更新于 16:30）", "2026-11-07T14:05")]
    [InlineData("发布时间：2026-11-07 09:30 更新时间：2026-11-08 16:45", "2026-11-07T09:30")]
    public void A_dateline_with_an_update_time_gives_the_first_date(string dateline, string published)
    {
        var (text, meta, _) = Run($"{Title}\n{dateline}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal(published, meta.Published);
        Assert.Equal(Title, meta.Title);
    }

    [Theory]
    [InlineData("系统已于11月7日完成版本2更新")]          // a sentence ending in 更新 after a digit
    [InlineData("2026年11月7日（系统维护后更新）")]        // the bracket holds more than a time
    [InlineData("成本 > 收益")]                            // '>' between two words that name no site or channel
    public void Look_alike_lines_in_the_body_stay(string line)
    {
        var input = $"{Title}\n记者从市住建局获悉，今年全市计划改造老旧小区120个。\n{line}\n目前已开工98个，改造内容包括管网更新。\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Theory]
    [InlineData("（编辑：林家娴）1151107", "林家娴")]
    [InlineData("（责任编辑：王明）20261107", "王明")]
    public void A_wire_code_after_the_closing_editor_credit_goes_with_it(string credit, string editor)
    {
        var (text, meta, _) = Run($"{Title}\n{Body.TrimEnd('\n')}{credit}\n");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal([editor], meta.Editors);
    }

    [Theory]
    [InlineData("（2026）1107")]   // the bracket is no credit: the digits stay with it
    [InlineData("（约）12345")]
    [InlineData("（编辑：林家娴）123")]  // three digits are no date code
    public void Digits_after_a_bracket_that_is_no_credit_stay(string tail)
    {
        var input = $"{Title}\n{Body.TrimEnd('\n')}{tail}\n";
        var (text, _, _) = Run(input);
        Assert.EndsWith(tail + "\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("（中央社记者张建中新竹7日电）", "中央社")]
    [InlineData("（中央社台北7日电）", "中央社")]
    public void A_bracketed_wire_credit_names_the_agency_and_stays(string credit, string source)
    {
        var input = $"{Title}\n{credit}{Body}";
        var (text, meta, _) = Run(input);
        Assert.Equal(input, text);
        Assert.Equal(source, meta.Source);
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_bracketed_aside_that_opens_a_paragraph_names_no_source()
    {
        var input = $"{Title}\n（2026年11月7日电）{Body}";
        var (text, meta, _) = Run(input);
        Assert.Equal(input, text);
        Assert.Null(meta.Source);
    }

    [Theory]
    [InlineData("网易新闻 > 国内新闻")]
    [InlineData("凤凰网 » 资讯")]
    [InlineData("新闻中心 > 财经")]
    public void A_two_level_breadcrumb_of_site_and_section_names_is_navigation(string breadcrumb)
    {
        var (text, meta, _) = Run($"{breadcrumb}\n{Title}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal(Title, meta.Title);
    }

    [Theory]
    [InlineData("小字号")]
    [InlineData("大字号 中字号 小字号")]
    public void Font_size_words_are_a_widget(string widget)
    {
        var (text, _, _) = Run($"{Title}\n{widget}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
    }

    [Theory]
    [InlineData("国际")]
    [InlineData("港闻")]
    [InlineData("即时新闻")]
    public void A_section_label_alone_above_the_headline_is_navigation(string label)
    {
        var (text, meta, _) = Run($"{label}\n{Title}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal(Title, meta.Title);
    }

    [Theory]
    [InlineData("通知")]   // the whole title of a notice
    [InlineData("公告")]
    public void A_notice_titled_with_one_word_keeps_it(string title)
    {
        var input = $"{title}\n各乡镇人民政府，县直各有关单位：\n经研究，决定于11月10日召开全县安全生产工作会议，请各单位按时参加。\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Fact]
    public void A_section_word_inside_the_body_stays()
    {
        var input = $"{Title}\n记者从市住建局获悉，今年全市计划改造老旧小区120个。\n国际\n多国代表团近日来访，考察老旧小区改造经验。\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Theory]
    [InlineData("关键词：消费券 财政司")]
    [InlineData("相关字词﹕消费券 财政司")]
    [InlineData("Tags: 消费 政策")]
    [InlineData("标签：老旧小区")]
    public void A_tag_list_under_the_article_goes(string tags)
    {
        var (text, _, _) = Run($"{Title}\n{Body}{tags}\n");
        Assert.Equal($"{Title}\n{Body}", text);
    }

    [Fact]
    public void A_sentence_about_keywords_stays()
    {
        var input = $"{Title}\n{Body}关键词：城市更新，这是今年政府工作报告中的高频词。\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Theory]
    [InlineData("【明报专讯】", "明报")]
    [InlineData("（本报讯）", null)]
    public void A_bracketed_news_credit_names_the_paper(string credit, string? source)
    {
        var input = $"{Title}\n{credit}{Body}";
        var (text, meta, _) = Run(input);
        Assert.Equal(input, text);
        Assert.Equal(source, meta.Source);
    }

    [Theory]
    [InlineData("原创 城市观察 2026-11-05 20:00 发表于浙江", "2026-11-05T20:00")]
    [InlineData("城市观察 张三 2026年11月5日 20:00 发表于北京", "2026-11-05T20:00")]
    public void An_account_header_is_a_dateline_whose_names_are_not_metadata(string header, string published)
    {
        var (text, meta, _) = Run($"{Title}\n{header}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal(published, meta.Published);
        Assert.Empty(meta.Authors);
        Assert.Null(meta.Source);
    }

    [Fact]
    public void A_sentence_about_where_something_was_published_stays()
    {
        var input = $"{Title}\n{Body}该论文2026年11月5日发表于《自然》杂志\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Theory]
    [InlineData("点击上方蓝字关注我们")]
    [InlineData("点个在看，你最好看")]
    [InlineData("设为星标，不错过每一篇推送")]
    public void Account_prompts_go(string prompt)
    {
        var (text, _, _) = Run($"{prompt}\n{Title}\n{Body}{prompt}\n");
        Assert.Equal($"{Title}\n{Body}", text);
    }

    [Theory]
    [InlineData("〔记者李文馨／台北报导〕", "李文馨")]
    [InlineData("［记者王大明、陈小华/高雄报导］", "王大明,陈小华")]
    public void A_reporter_credit_in_brackets_names_the_reporters(string credit, string authors)
    {
        var input = $"{Title}\n{credit}{Body}";
        var (text, meta, _) = Run(input);
        Assert.Equal(input, text);
        Assert.Equal(authors.Split(','), meta.Authors);
    }

    [Fact]
    public void A_last_line_about_using_an_app_stays()
    {
        var input = $"{Title}\n{Body}市民也可以用APP预约办理\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Theory]
    [InlineData("记者王小明／综合报导", "王小明")]
    [InlineData("记者苏嘉维、林小华/台北即时报道", "苏嘉维,林小华")]
    public void The_kind_of_report_after_a_byline_slash_is_not_a_name(string byline, string authors)
    {
        var (text, meta, _) = Run($"{Title}\n{byline}\n{Body}");
        Assert.Equal($"{Title}\n{Body}", text);
        Assert.Equal(authors.Split(','), meta.Authors);
    }

    [Theory]
    [InlineData("苹果 / 香蕉")]      // a spaced slash between words that name no site or channel
    [InlineData("男/女/老人/儿童")]  // a bare slash is not a breadcrumb separator
    public void Slashed_lines_that_are_no_breadcrumb_stay_in_the_header(string line)
    {
        var input = $"{line}\n{Title}\n{Body}";
        var (text, _, _) = Run(input);
        Assert.StartsWith(line + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marked_line_at_the_end_stays_it_may_be_a_list_item()
    {
        var input = $"{Title}\n{Body}►报名时间：11月1日至15日\n";
        var (text, _, _) = Run(input);
        Assert.Equal(input, text);
    }

    [Fact]
    public void With_the_date_above_the_headline_the_headline_is_still_the_title()
    {
        var (text, meta, _) = Run($"2026-11-08 09:00 来源：江城日报\n专家：房价还会涨吗？\n{Body}");
        Assert.Equal($"专家：房价还会涨吗？\n{Body}", text);
        Assert.Equal("专家：房价还会涨吗？", meta.Title);
    }

    [Fact]
    public void Without_prose_a_first_line_that_is_no_title_gives_no_title()
    {
        var input = "窗外的风吹过了，\n吹过了整个村庄\n我在灯下\n读你的来信\n";
        var (text, meta, _) = Run(input);
        Assert.Equal(input, text);
        Assert.Null(meta.Title);
    }
}
