using TextNorm.Boilerplate;
using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

public class BoilerplateStepTests
{
    [Fact]
    public void An_article_without_boilerplate_is_returned_as_the_same_instance_with_empty_metadata()
    {
        const string article = "近日，县委召开常委会议，明确了责任清单。\n编辑部门负责人表示，将加强内容审核。\n会议强调，要保护知识产权和版权。\n";
        var (text, meta, changes) = Run(article);
        Assert.Same(article, text);
        Assert.True(meta.IsEmpty);
        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void An_article_with_only_a_headline_gets_a_title_and_keeps_every_line()
    {
        const string article = "县委召开常委会议\n近日，县委召开常委会议，明确了责任清单。\n";
        var (text, meta, changes) = Run(article);
        Assert.Same(article, text);
        Assert.Equal("县委召开常委会议", meta.Title);
        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Input_that_is_only_boilerplate_gives_empty_text_and_its_metadata()
    {
        var (text, meta, changes) = Run("2019-01-30 09:22 来源：新华网\n责任编辑：张三\n版权声明：本网所有稿件未经授权不得转载。\n");
        Assert.Equal("", text);
        Assert.Equal("2019-01-30T09:22", meta.Published);
        Assert.Equal("新华网", meta.Source);
        Assert.Equal(["张三"], meta.Editors);
        Assert.Equal(3, changes.Items.Count);
    }

    [Fact]
    public void Empty_and_blank_input_pass_through()
    {
        Assert.Equal("", Run("").Text);
        var blank = "\n  \n\n";
        Assert.Same(blank, Run(blank).Text);
    }

    [Theory]
    [InlineData("明确了责任清单，各部门签订了责任书。")]
    [InlineData("编辑部门负责人表示，今年将继续加强内容审核。")]
    [InlineData("会议强调，要保护知识产权和版权，严厉打击侵权盗版。")]
    [InlineData("记者 王小庚在现场看到，群众排起了长队。")]
    [InlineData("来源：国家统计局的数据显示，一季度经济运行开局良好。")]
    [InlineData("2019年1月30日，该县召开专题会议。")]
    [InlineData("分享到会代表的意见建议，是这次会议的一项议程。")]
    [InlineData("责任编辑是谁？这是很多读者关心的问题。")]
    [InlineData("他未经授权进入系统，被依法处理。")]
    public void A_last_paragraph_with_tempting_words_survives_the_footer(string sentence)
    {
        var input = $"县委召开常委会议\n近日，县委召开常委会议。\n{sentence}\n责任编辑：张三\n";
        var (text, meta, _) = Run(input);
        Assert.Equal($"县委召开常委会议\n近日，县委召开常委会议。\n{sentence}\n", text);
        Assert.Equal(["张三"], meta.Editors);
    }

    [Theory]
    [InlineData("编辑 王五")]
    [InlineData("来源：新华网")]
    [InlineData("记者 王小庚")]
    [InlineData("相关新闻")]
    [InlineData("0")]
    [InlineData("• 微笑")]
    public void Inside_the_body_only_near_certain_lines_go(string line)
    {
        var input = $"近日，县委召开常委会议。\n{line}\n会议强调，要保护知识产权和版权。\n";
        Assert.Same(input, Run(input).Text);
    }

    [Theory]
    [InlineData("（责任编辑：张三）", "boilerplate-editor")]
    [InlineData("▲ 游客在公园赏花", "boilerplate-caption")]
    [InlineData("（记者 李明 摄）", "boilerplate-caption")]
    [InlineData("原标题：县委召开常委会议", "boilerplate-original-title")]
    [InlineData("【打印本页】【关闭窗口】", "boilerplate-widget")]
    [InlineData("视频加载中，请稍候...", "boilerplate-caption")]
    [InlineData("上一页 1 2 3 下一页", "boilerplate-pagination")]
    public void Inside_the_body_near_certain_lines_go_with_their_kind(string line, string kind)
    {
        var input = $"近日，县委召开常委会议。\n{line}\n会议强调，要保护知识产权和版权。\n";
        var (text, _, changes) = Run(input);
        Assert.Equal("近日，县委召开常委会议。\n会议强调，要保护知识产权和版权。\n", text);
        Assert.Equal(kind, Assert.Single(changes.Items).Kind);
    }

    [Fact]
    public void The_kicker_above_the_headline_stays_and_is_not_the_title()
    {
        var (text, meta, _) = Run("统一指挥 挂图作战 明确责任\n某县吹响脱贫攻坚冲锋号\n某县讯 一年之计在于春。\n");
        Assert.Equal("统一指挥 挂图作战 明确责任\n某县吹响脱贫攻坚冲锋号\n某县讯 一年之计在于春。\n", text);
        Assert.Equal("某县吹响脱贫攻坚冲锋号", meta.Title);
    }

    [Fact]
    public void A_page_that_opens_with_the_lead_credit_has_no_title_but_a_source()
    {
        var (_, meta, _) = Run("临汾新闻网讯 五月的汾西大地春光明媚。\n记者 王德政\n");
        Assert.Null(meta.Title);
        Assert.Equal("临汾新闻网", meta.Source);
        Assert.Equal(["王德政"], meta.Authors);
    }

    [Fact]
    public void A_subtitle_under_the_headline_is_skipped_for_the_title()
    {
        var (_, meta, _) = Run("小窗口服务大民生\n——记某区便民服务中心\n走进便民服务中心，群众井然有序。\n");
        Assert.Equal("小窗口服务大民生", meta.Title);
    }

    [Fact]
    public void A_section_heading_before_the_first_paragraph_is_not_a_title()
    {
        var (_, meta, _) = Run("一、基本情况\n全县共有行政村120个。\n");
        Assert.Null(meta.Title);
    }

    [Fact]
    public void A_source_line_wins_over_the_lead_credit()
    {
        var (_, meta, _) = Run("来源：山西日报\n临汾新闻网讯 数九寒天。\n");
        Assert.Equal("山西日报", meta.Source);
    }

    [Fact]
    public void A_site_banner_is_not_a_source()
    {
        var (text, meta, _) = Run("人民日报社中国经济周刊官方网站 中央新闻网站\n首页 > 区域 > 陕西 > 正文\n略阳县深化主题教育\n略阳位于秦岭南麓。\n");
        Assert.Equal("略阳县深化主题教育\n略阳位于秦岭南麓。\n", text);
        Assert.Null(meta.Source);
    }

    [Theory]
    [InlineData("全面铺开。（陈健翔）", "全面铺开。", "陈健翔")]
    [InlineData("凝聚力。（张建华", "凝聚力。", "张建华")]
    [InlineData("凝聚力。(张建华)", "凝聚力。", "张建华")]
    [InlineData("就业1.57万人。（记者 张存成 通讯员 李四）", "就业1.57万人。", "张存成,李四")]
    [InlineData("取得圆满成功。（欧阳明）", "取得圆满成功。", "欧阳明")]
    [InlineData("取得圆满成功。（记者 张建华 通讯员 李强", "取得圆满成功。", "张建华,李强")]
    [InlineData("取得圆满成功。（文/张三）", "取得圆满成功。", "张三")]
    public void A_trailing_author_credit_is_cut_from_the_last_paragraph(string last, string kept, string authors)
    {
        var (text, meta, changes) = Run($"标题在此处\n第一段内容。\n{last}\n");
        Assert.Equal($"标题在此处\n第一段内容。\n{kept}\n", text);
        Assert.Equal(authors.Split(','), meta.Authors);
        Assert.Contains(changes.Items, c => c.Kind == BoilerplateKinds.TrailingCredit);
    }

    [Theory]
    [InlineData("增长5.2%（初步核算）。")]
    [InlineData("占比达到54.8%。（GDP）")]
    [InlineData("发布了2018年报告。（2019）")]
    [InlineData("这是上篇。（节选）")]
    [InlineData("详见附件（表1")]
    [InlineData("见《通知》（国发〔2019〕1号）")]
    public void Brackets_of_content_at_the_end_of_the_last_paragraph_stay(string last)
    {
        var input = $"第一段内容。\n{last}\n";
        Assert.Same(input, Run(input).Text);
    }

    [Fact]
    public void Half_width_colons_blank_lines_indentation_and_crlf_are_accepted()
    {
        var (text, meta, _) = Run("  县委召开常委会议\r\n\r\n2017-10-23 08:38:12 来源:临汾新闻网  \r\n\r\n  近日，县委召开常委会议。\r\n\r\n  记者 王小庚\r\n 责任编辑: 吉政\r\n");
        Assert.Equal("  县委召开常委会议\n  近日，县委召开常委会议。\n", text);
        Assert.Equal("县委召开常委会议", meta.Title);
        Assert.Equal("2017-10-23T08:38:12", meta.Published);
        Assert.Equal("临汾新闻网", meta.Source);
        Assert.Equal(["王小庚"], meta.Authors);
        Assert.Equal(["吉政"], meta.Editors);
    }

    [Fact]
    public void Every_removed_line_is_recorded_with_kind_position_and_text()
    {
        const string input = "标题在此处\n2019/01/30\n第一段内容。\n责任编辑：张三\n• 微笑\n0\n";
        var (_, _, changes) = Run(input);
        Assert.Equal(
            [("boilerplate-dateline", "2019/01/30"), ("boilerplate-editor", "责任编辑：张三"), ("boilerplate-reaction", "• 微笑"), ("boilerplate-counter", "0")],
            changes.Items.Select(c => (c.Kind, c.Before)).ToArray());
        Assert.All(changes.Items, c => Assert.Equal(c.Before, input.Substring(c.Position, c.Before.Length)));
        Assert.All(changes.Items, c => Assert.Equal("", c.After));
        Assert.All(changes.Items, c => Assert.Equal(StepNames.Boilerplate, c.Step));
    }

    [Fact]
    public void A_lone_number_goes_only_next_to_other_boilerplate()
    {
        Assert.Equal("第一段内容。\n", Run("第一段内容。\n• 微笑\n0\n").Text);
        // A number right after the last paragraph is the end of the page: nothing above it is boilerplate,
        // but it is the last line, so it goes too.
        Assert.Equal("第一段内容。\n", Run("第一段内容。\n0\n").Text);
        var inBody = "第一段内容。\n3\n第二段内容。\n";
        Assert.Same(inBody, Run(inBody).Text);
    }

    [Theory]
    [InlineData("交管12123APP上线新功能 可在线下载电子驾照")]
    [InlineData("扫码支付普及率再创新高")]
    [InlineData("新华网评：让版权保护落到实处")]
    [InlineData("首届网络编辑大赛开幕")]
    public void A_headline_with_furniture_words_stays_and_is_the_title(string headline)
    {
        var input = $"{headline}\n近日，有关部门发布消息，相关工作取得新进展。\n";
        var (text, meta, _) = Run(input);
        Assert.Same(input, text);
        Assert.Equal(headline, meta.Title);
    }

    [Fact]
    public void Paragraphs_about_copyright_at_the_start_and_end_of_the_body_stay()
    {
        const string body = "本报讯 近日，某网站未经授权转载本报稿件，被法院判赔5万元。\n法院认为，被告未经授权转载原告作品，构成侵权，应当依法承担责任。\n";
        var (text, meta, _) = Run(body + "责任编辑：张三\n");
        Assert.Equal(body, text);
        Assert.Equal(["张三"], meta.Editors);
        Assert.Null(meta.Source);
    }

    [Fact]
    public void Site_name_lines_under_a_banner_go_even_without_a_breadcrumb()
    {
        var (text, meta, _) = Run("人民日报社中国经济周刊官方网站 中央新闻网站\n经济网 中国经济论坛\n略阳县深化主题教育\n略阳位于秦岭南麓。\n");
        Assert.Equal("略阳县深化主题教育\n略阳位于秦岭南麓。\n", text);
        Assert.Equal("略阳县深化主题教育", meta.Title);
        Assert.Null(meta.Source);
    }

    [Theory]
    [InlineData("聚焦博鳌亚洲论坛")]
    [InlineData("两会观察")]
    [InlineData("权威发布")]
    public void A_kicker_that_names_a_forum_or_column_stays(string kicker)
    {
        var input = $"{kicker}\n代表委员热议高质量发展\n连日来，代表委员围绕高质量发展建言献策。\n";
        var (text, meta, _) = Run(input);
        Assert.Same(input, text);
        Assert.Equal("代表委员热议高质量发展", meta.Title);
    }

    [Theory]
    [InlineData("阎")]
    [InlineData("贠")]
    [InlineData("郄")]
    public void Shanxi_surnames_are_recognized_in_trailing_credits(string surname)
    {
        var (text, meta, _) = Run($"第一段内容。\n全面铺开。（{surname}建军）\n");
        Assert.Equal("第一段内容。\n全面铺开。\n", text);
        Assert.Equal([surname + "建军"], meta.Authors);
    }
}
