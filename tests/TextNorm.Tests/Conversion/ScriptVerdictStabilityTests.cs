using CsCheck;
using TextNorm.Conversion;
using TextNorm.Pipeline;

namespace TextNorm.Tests.Conversion;

/// <summary>
/// Issue 8: the script verdict (tw2s, t2s or none) is stable on its own output, so converting twice changes nothing
/// more than converting once, whatever mix of Traditional, Simplified, rare and Latin text comes in.
/// </summary>
public class ScriptVerdictStabilityTests
{
    private static readonly TextNormalizer WithoutRepair = new(TextNormalizerOptions.Default with
    {
        Repair = global::TextNorm.Repair.RepairOptions.Disabled,
    });

    private static string Convert(string text) =>
        new ScriptConversionStep(ConversionOptions.Default).Apply(text, new StepContext(new ChangeLog(10)));

    [Theory]
    [InlineData('苧')] // t2s writes it for 薴 (and keeps it), though TSCharacters also maps it on to 苎
    [InlineData('乾')] // kept by t2s in 乾隆, 乾佑县
    [InlineData('於')] // kept by t2s in phrases such as 於菟
    public void Characters_that_t2s_itself_writes_are_no_traditional_evidence(char c) =>
        Assert.NotEqual(Script.Traditional, ScriptEvidence.Of(c));

    [Theory]
    [InlineData('薴')]
    [InlineData('這')]
    [InlineData('說')]
    [InlineData('顯')]
    public void Characters_that_t2s_always_replaces_stay_traditional_evidence(char c) =>
        Assert.Equal(Script.Traditional, ScriptEvidence.Of(c));

    [Theory]
    [InlineData("薴j\ne皪峴舤瞺钇观弡\n傘秃牢鸧漤羆弩鋰纮饦風敌棗j趨黌嗑闺选謁肝")] // found by the generator below
    [InlineData("這是薴麻。\n显著的成果。")]
    [InlineData("乾隆年間\n成果显著，著名作家")]
    [InlineData("於是他說\n关于这个，成果显著")]
    public void Converting_the_output_again_changes_nothing(string input)
    {
        var once = Convert(input);
        Assert.NotEqual(input, once);
        Assert.Same(once, Convert(once));
    }

    [Fact]
    public void Normalizing_twice_gives_the_same_text_as_once_for_a_chain_character()
    {
        const string input = "這是薴麻。\n显著的成果。\n";
        var once = WithoutRepair.Normalize(input);
        Assert.Equal(once, WithoutRepair.Normalize(once));
        Assert.DoesNotContain('薴', once);
        Assert.Contains("显著", once, StringComparison.Ordinal); // the Simplified paragraph kept t2s (tw2s would write 显着)
    }

    [Fact]
    public void Components_of_a_description_sequence_are_no_evidence()
    {
        // Conversion copies ⿰糹會 as it is, so its 會 must not count; the 說 outside it does.
        Assert.Equal(new ScriptCounts(0, 0), ScriptEvidence.Count("⿰糹會"));
        Assert.Equal(new ScriptCounts(1, 0), ScriptEvidence.Count("⿰糹會說"));
    }

    [Theory]
    [InlineData("跄g侣；\n⿱\n盜\n蒦拍毡郴籾蓕吼\n")] // a sequence left open at the end of a line (found by fuzzing bytes)
    [InlineData("狘⿳鰶\nZ\n庍\n锐x\nz袊譋v\n")]
    [InlineData("⿰糹會\n这是简体段落，成果显著。\n")]
    public void Description_sequences_do_not_make_a_second_pass_differ(string input)
    {
        var once = WithoutRepair.Normalize(input);
        Assert.Equal(once, WithoutRepair.Normalize(once));
    }

    [Fact]
    public void A_description_sequence_open_at_a_line_end_does_not_swallow_the_next_line()
    {
        // Line by line: the 盜 on the next line is converted whatever the verdicts of the paragraphs around it.
        Assert.Equal("⿱\n盗\n这", Convert("⿱\n盜\n这"));
    }

    [Fact]
    public void No_conversion_output_holds_traditional_evidence()
    {
        Mixes.Sample(text =>
        {
            var once = Convert(text);
            Assert.Equal(0, ScriptEvidence.Count(once).Traditional);
        }, iter: 3000);
    }

    [Fact]
    public void Random_mixes_normalize_to_a_fixed_point()
    {
        Mixes.Sample(text =>
        {
            var once = WithoutRepair.Normalize(text);
            var twice = WithoutRepair.Normalize(once);
            Assert.Equal(once, twice);
        }, iter: 3000);
    }

    private static readonly char[] TraditionalChars = CharsOf(Script.Traditional);
    private static readonly char[] SimplifiedChars = CharsOf(Script.Simplified);
    private static readonly char[] NeutralChars = CharsOf(Script.Unknown);

    private static char[] CharsOf(Script script)
    {
        var list = new List<char>();
        for (var c = '\u4E00'; c < '\u9FFF'; c++)
            if (ScriptEvidence.Of(c) == script) list.Add(c);
        return [.. list];
    }

    private static Gen<char> From(char[] pool) => Gen.Int[0, pool.Length - 1].Select(i => pool[i]);

    /// <summary>Short documents of Traditional, Simplified, neutral and rare (Extension A) Han, Latin letters and line breaks.</summary>
    private static readonly Gen<string> Mixes = Gen.Frequency(
            (5, From(TraditionalChars)),
            (5, From(SimplifiedChars)),
            (6, From(NeutralChars)),
            (1, Gen.Char['\u3400', '\u4DBF']),
            (2, Gen.Char['a', 'z']),
            (1, Gen.Const('\n')))
        .Array[1, 60]
        .Select(chars => new string(chars));
}
