using TextNorm.Boilerplate;
using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

public class BoilerplateOptionsTests
{
    private const string Article = "让新闻离你更近\n县委召开常委会议\n近日，县委召开常委会议。\n会议强调，要保护知识产权和版权。\n本站热线：12345\n";

    [Fact]
    public void A_user_rule_removes_a_site_slogan_at_the_edges()
    {
        var options = BoilerplateOptions.Default with
        {
            Rules =
            [
                new BoilerplateRule("site-slogan", "让新闻离你更近", BoilerplateMatch.WholeLine, BoilerplateZones.Header),
                new BoilerplateRule("site-hotline", "本站热线", BoilerplateMatch.StartsWith, BoilerplateZones.Footer),
            ],
        };
        var (text, meta, changes) = Run(Article, options);
        Assert.Equal("县委召开常委会议\n近日，县委召开常委会议。\n会议强调，要保护知识产权和版权。\n", text);
        Assert.Equal("县委召开常委会议", meta.Title);
        Assert.Equal(["site-slogan", "site-hotline"], changes.Items.Select(c => c.Kind).ToArray());
    }

    [Fact]
    public void Without_the_rule_the_slogan_is_kept_as_a_kicker()
    {
        var (text, _, _) = Run(Article);
        Assert.StartsWith("让新闻离你更近\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strong_user_rule_does_not_fire_inside_the_body_but_a_certain_one_does()
    {
        const string input = "第一段内容。\n【广告】夏季促销\n第二段内容。\n";
        var strong = BoilerplateOptions.Default with { Rules = [new BoilerplateRule("ad", "【广告】", BoilerplateMatch.StartsWith, BoilerplateZones.Any)] };
        Assert.Same(input, Run(input, strong).Text);
        var certain = BoilerplateOptions.Default with
        {
            Rules = [new BoilerplateRule("ad", "【广告】", BoilerplateMatch.StartsWith, BoilerplateZones.Any, BoilerplateStrength.Certain)],
        };
        Assert.Equal("第一段内容。\n第二段内容。\n", Run(input, certain).Text);
    }

    [Fact]
    public void A_regex_user_rule_yields_metadata_from_its_value_group()
    {
        var options = BoilerplateOptions.Default with
        {
            Rules =
            [
                new BoilerplateRule("publisher", "^稿件提供方[：:](?<value>.+)$", BoilerplateMatch.Regex, BoilerplateZones.Edges, yields: MetadataField.Source),
                new BoilerplateRule("reviewer", "^值班主任[：:]", BoilerplateMatch.Regex, BoilerplateZones.Edges, yields: MetadataField.Editors),
            ],
        };
        var (text, meta, _) = Run("第一段内容。\n稿件提供方：晋城日报\n值班主任：赵六\n", options);
        Assert.Equal("第一段内容。\n", text);
        Assert.Equal("晋城日报", meta.Source);
        Assert.Equal(["赵六"], meta.Editors);
    }

    [Fact]
    public void A_regex_that_needs_backtracking_is_rejected_with_a_clear_error()
    {
        var e = Assert.Throws<ArgumentException>(() => new BoilerplateRule("x", @"(\w)\1", BoilerplateMatch.Regex, BoilerplateZones.Any));
        Assert.Contains("linear-time", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => new BoilerplateRule("x", "(", BoilerplateMatch.Regex, BoilerplateZones.Any));
        Assert.ThrowsAny<ArgumentException>(() => new BoilerplateRule("", "a", BoilerplateMatch.Contains, BoilerplateZones.Any));
    }

    [Fact]
    public void Built_in_rules_can_be_switched_off()
    {
        var options = BoilerplateOptions.Default with { UseBuiltInRules = false };
        const string input = "标题在此处\n第一段内容。\n责任编辑：张三\n";
        var (text, meta, _) = Run(input, options);
        Assert.Same(input, text);
        Assert.Equal("标题在此处", meta.Title);
        Assert.Empty(meta.Editors);
    }

    [Fact]
    public void The_normalizer_removes_boilerplate_by_default_and_keeps_it_when_disabled()
    {
        const string input = "县委召开常委会议\n2017-10-23 08:38:12 来源：临汾新闻网\n近日，县委召开常委会议。\n责任编辑：吉政\n";
        var on = new TextNormalizer().NormalizeDocument(input);
        Assert.Equal("县委召开常委会议\n近日，县委召开常委会议。\n", on.Text);
        Assert.Equal("临汾新闻网", on.Metadata.Source);
        Assert.Equal(2, on.Changes.Items.Count(c => c.Step == StepNames.Boilerplate));

        var off = new TextNormalizer(TextNormalizerOptions.Default with { Boilerplate = BoilerplateOptions.Disabled }).NormalizeDocument(input);
        Assert.Equal(input, off.Text);
        Assert.True(off.Metadata.IsEmpty);
    }

    [Fact]
    public void Normalizing_twice_gives_the_same_text_as_once()
    {
        var normalizer = new TextNormalizer();
        foreach (var f in Directory.GetFiles(DataDir("Cases"), "*.case"))
        {
            var once = normalizer.Normalize(ReadCase(f).Input);
            Assert.Equal(once, normalizer.Normalize(once));
        }
    }
}
