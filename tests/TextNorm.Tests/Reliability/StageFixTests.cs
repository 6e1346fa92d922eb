using TextNorm.Repair;

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
}
