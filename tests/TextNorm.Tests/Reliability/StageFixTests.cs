using TextNorm.Pipeline;
using TextNorm.Repair;
using TextNorm.Text;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// Regression tests for the bugs the reliability properties and the fuzzer found in the stages, each with text the fix
/// must repair and text it must leave alone. (Hang fixes are covered by WorstShapeTests; speed by ScalingBenchmarks.)
/// </summary>
public class StageFixTests
{
    // fix(repair): U+FFFD inside private use outside Chinese text survived; thousands of debris runs took quadratic time.

    [Fact]
    public void Replacement_characters_inside_private_use_outside_Chinese_text_are_removed()
    {
        Assert.Equal("icon \uE001\uE002 font", MojibakeRepairer.Repair("icon \uE001\uFFFD\uE002 font"));
        Assert.Equal("? \uE421\uF0BC ok", MojibakeRepairer.Repair("? \uFFFD\uE421\uFFFD\uFFFD\uF0BC ok"));
    }

    [Fact]
    public void Private_use_outside_Chinese_text_without_replacement_characters_is_left_alone()
    {
        const string iconFont = "icon \uE001\uE002 font";
        Assert.Same(iconFont, MojibakeRepairer.Repair(iconFont));
    }

    [Fact]
    public void Every_one_of_many_debris_runs_is_removed()
    {
        var text = string.Concat(Enumerable.Repeat("\uFFFD中\uE000", 50_000));
        Assert.Equal(new string('中', 50_000), MojibakeRepairer.Repair(text));
    }

    // fix(text): a zero-width joiner between two astral Han characters was kept as if it joined emoji.

    [Fact]
    public void A_zero_width_joiner_between_astral_Han_characters_is_removed()
    {
        Assert.Equal("\U00027553\U000262C0\n", PropertySettings.Default.Normalize("\U00027553\u200D\U000262C0"));
        Assert.Equal("𠀀𠀁\n", PropertySettings.Default.Normalize("𠀀\u200D𠀁"));
    }

    [Theory]
    [InlineData("家庭👨\u200D👩\u200D👧合影")]
    [InlineData("彩虹旗🏳\uFE0F\u200D🌈")]
    [InlineData("医生👨\u200D⚕\uFE0F")]
    public void A_zero_width_joiner_inside_an_emoji_sequence_stays(string text)
    {
        Assert.Equal(text + "\n", PropertySettings.Default.Normalize(text));
        Assert.Null(OutputShape.Problem(text + "\n"));
    }

    // fix(text): the punctuation width step judged a mark by its neighbour mark, so each pass widened one more.

    private static string Apply(ITextStep step, string text) => step.Apply(text, new StepContext(new ChangeLog(100)));

    [Theory]
    [InlineData("???好", "？？？好")]
    [InlineData("好?!", "好？！")]
    [InlineData("?!好", "？！好")]
    [InlineData("著((ā))", "著（（ā））")]
    [InlineData("a,(中)", "a，（中）")]
    [InlineData("中(2019))?:璘", "中（2019））？：璘")]
    public void A_run_of_marks_widens_together_and_a_second_pass_changes_nothing(string input, string expected)
    {
        var step = new PunctuationWidthStep();
        var once = Apply(step, input);
        Assert.Equal(expected, once);
        Assert.Equal(once, Apply(step, once));
    }

    [Theory]
    [InlineData("中(a)(b)(c)")]
    [InlineData(">.?(2019))?:璘")]
    [InlineData("f(a,)中")]
    public void Width_decisions_are_stable_on_a_second_pass(string input)
    {
        var step = new PunctuationWidthStep();
        var once = Apply(step, input);
        Assert.Equal(once, Apply(step, once));
    }

    [Theory]
    [InlineData("Hello, world! (GDP) 1,000")]
    [InlineData("printf(\"%d\", x);")]
    [InlineData("see http://example.com/a,b?x=(1)")]
    public void Latin_text_keeps_its_ASCII_marks(string text) => Assert.Same(text, Apply(new PunctuationWidthStep(), text));

    // fix(text): a space run beside a shared mark was judged by another space run that the same pass removes.

    [Fact]
    public void Spaces_beside_shared_marks_are_judged_past_other_spaces()
    {
        var step = new WhitespaceStep();
        var once = Apply(step, "會議\u2003\u1680‘…\u3000-*09:22");
        Assert.Equal("會議‘…-*09:22", once);
        Assert.Equal(once, Apply(step, once));
    }

    [Fact]
    public void A_space_beside_quotes_in_English_stays() =>
        Assert.Equal("he said “hello” to me", Apply(new WhitespaceStep(), "he said  “hello”  to me"));

    // fix(repair): private use judged by neighbours that later steps change (pinyin removed, controls removed, marks widened).

    [Theory]
    [InlineData("報導(shè)\uE0C6\uE254")]
    [InlineData("臨汾新聞網訊\u0085\uEAC7\uF582 (记者 李明 摄)")]
    [InlineData("绾?\uE50D??崐")]
    [InlineData("???\u00E9\u009A\u00A8\u00E8\u0091\u0097\uE761\uE130")]
    public void Private_use_in_a_Chinese_line_goes_in_the_first_pass(string input)
    {
        var once = PropertySettings.Default.Normalize(input);
        Assert.DoesNotContain(once, c => c is >= '\uE000' and <= '\uF8FF');
        Assert.Equal(once, PropertySettings.Default.Normalize(once));
    }

    [Fact]
    public void Private_use_in_a_Latin_line_stays() =>
        Assert.Equal("icon \uE001 font\n", PropertySettings.Default.Normalize("icon \uE001 font"));

    // Inputs the idempotence property found, kept once fixed: normalizing twice changes nothing.

    [Theory]
    [InlineData("???????????顯著")]
    [InlineData("當著((zhōng))GDP")]
    [InlineData("國際\uFFFF???(a)艱鴏扽")]
    [InlineData("會議\u2003\u1680\u2018\u2026\u3000-*09:22:25经济")]
    [InlineData("\u201D籃\u0013\uF1D0\uF646")]
    [InlineData("https://news.sina.com.cn/c/2020-05-01/doc-iirczymk.shtml?x=(1)\u3009\uFF09\u0000\u0085\uE868|#")]
    [InlineData("临汾新闻网讯3.143.14當著\uFF08shílǜ\uFF09\uE171\u3008\u3014\u3009發展\u2003")]
    public void Found_by_the_idempotence_property(string input)
    {
        var once = PropertySettings.Default.Normalize(input);
        Assert.Equal(once, PropertySettings.Default.Normalize(once));
    }

    // fix(text): pinyin content was judged before the whitespace step trims and collapses it.

    [Theory]
    [InlineData("設( shè)施", "設施\n")]
    [InlineData("沖鋒號(rénshe\u000B)沖", "沖鋒號沖\n")]
    [InlineData("經(jīng  jì)", "經\n")]
    public void Pinyin_annotations_with_stray_whitespace_go_in_the_first_pass(string input, string expected)
    {
        var normalizer = PropertySettings.Get("no-conversion");
        var once = normalizer.Normalize(input);
        Assert.Equal(expected, once);
        Assert.Equal(once, normalizer.Normalize(once));
    }

    [Fact]
    public void A_parenthesized_English_gloss_with_spaces_stays() =>
        Assert.Equal("苹果（ apple ）\n".Replace(" ", "", StringComparison.Ordinal), PropertySettings.Default.Normalize("苹果( apple )"));

    // fix(repair): every ? of a long run started a 32-character look-ahead (10 MB of ? took minutes).

    [Fact]
    public void A_long_run_of_question_marks_alone_is_left_alone()
    {
        var text = new string('?', 100_000);
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    [Fact]
    public void Damage_after_a_long_run_of_question_marks_is_still_seen()
    {
        // The shifted GBK span of noise.md (贊?!笨h委 → 贊。”縣委) behind a run of ? is treated as it is alone.
        const string damage = "贊?!笨h委";
        var alone = MojibakeRepairer.Repair(damage);
        Assert.NotEqual(damage, alone);
        Assert.EndsWith(" " + alone, MojibakeRepairer.Repair(new string('?', 200) + " " + damage), StringComparison.Ordinal);
    }

    // fix(conversion): OpenCC mappings that chain (薴 → 苧 → 苎) converted again on a second pass.

    [Fact]
    public void A_chained_OpenCC_mapping_is_settled_in_one_pass()
    {
        var once = PropertySettings.Default.Normalize("乡村振兴全褑薴躁");
        Assert.Equal(once, PropertySettings.Default.Normalize(once));
        Assert.DoesNotContain('薴', once);
    }

    [Theory]
    [InlineData("显著的成绩随着时间推移")]
    [InlineData("我们继续努力推动高质量发展")]
    public void Simplified_text_is_left_alone_by_the_settling_pass(string text) =>
        Assert.Equal(text + "\n", PropertySettings.Default.Normalize(text));

    // fix(boilerplate): removing a trailing credit exposed a caption that only a second pass removed.

    [Theory]
    [InlineData("记者近日从市政府获悉，今年以来全市经济运行总体平稳。\n（记者 李明 摄）(张建华")]
    [InlineData("记者近日从市政府获悉，今年以来全市经济运行总体平稳。\n............\n阅读 1234")]
    public void Furniture_exposed_by_a_removal_goes_in_the_same_pass(string input)
    {
        var once = PropertySettings.Default.Normalize(input);
        Assert.Equal(once, PropertySettings.Default.Normalize(once));
        Assert.StartsWith("记者近日从市政府获悉，今年以来全市经济运行总体平稳。", once, StringComparison.Ordinal);
    }

    // fix(repair): a line whose only Chinese is a full-width mark or an Extension B character still counts as Chinese.

    [Theory]
    [InlineData("\u0098\uE54A\uF229/~!\u3009")]
    [InlineData("\uF1B6\uE3A0....++:\U00027002")]
    public void Private_use_beside_full_width_marks_or_astral_Han_goes_in_the_first_pass(string input)
    {
        var once = PropertySettings.Default.Normalize(input);
        Assert.Equal(once, PropertySettings.Default.Normalize(once));
        Assert.DoesNotContain(once, c => c is >= '\uE000' and <= '\uF8FF');
    }
}
