using System.Text.Json;
using TextNorm.Conversion;
using TextNorm.Pipeline;

namespace TextNorm.Tests.Conversion;

/// <summary>Spec rule 10 in the normalizer: the script decision and the conversion it leads to.</summary>
public class ScriptConversionStepTests
{
    private static (string Text, ChangeReport Changes) Run(string text, ConversionOptions? options = null)
    {
        var step = new ScriptConversionStep(options ?? ConversionOptions.Default);
        var context = new StepContext(new ChangeLog(100));
        context.Changes.CurrentStep = step.Name;
        var result = step.Apply(text, context);
        return (result, context.Changes.ToReport());
    }

    private static string[] Decisions(ChangeReport report) =>
        [.. report.Items.Where(c => c.Kind == ChangeKinds.ScriptDecision).Select(c => c.After)];

    [Fact]
    public void Traditional_text_goes_through_tw2s()
    {
        var (text, changes) = Run("隨著時間推移，這篇論文的成果顯著，著作頗豐。");
        Assert.Equal("随着时间推移，这篇论文的成果显著，著作颇丰。", text);
        Assert.Equal(["tw2s"], Decisions(changes));
        Assert.Equal(9, changes.Counts[ChangeKinds.ScriptConversion]); // 隨著時間, 這, 論, 顯, 頗豐
    }

    [Fact]
    public void Simplified_text_goes_through_t2s_and_is_left_as_it_is()
    {
        var input = "能力显著增强，著名作家随着时间推移。";
        var (text, changes) = Run(input);
        Assert.Same(input, text);
        Assert.Equal(["t2s"], Decisions(changes));
        Assert.False(changes.Counts.ContainsKey(ChangeKinds.ScriptConversion));
    }

    [Fact]
    public void Stray_traditional_characters_in_simplified_text_are_converted_without_taiwan_variants()
    {
        // Mostly Simplified: t2s, so 显著 keeps 著 while the stray 說 becomes 说.
        var (text, changes) = Run("他说这个成果显著，我们都这么說。");
        Assert.Equal("他说这个成果显著，我们都这么说。", text);
        Assert.Equal(["t2s"], Decisions(changes));
    }

    [Fact]
    public void Mixed_paragraphs_are_decided_one_by_one()
    {
        var input = "这是简体段落，成果显著。\n這是繁體段落，隨著時間過去。\n这是简体段落，随着时间。\n";
        var (text, changes) = Run(input);
        Assert.Equal("这是简体段落，成果显著。\n这是繁体段落，随着时间过去。\n这是简体段落，随着时间。\n", text);
        Assert.Equal(["t2s", "tw2s", "t2s"], Decisions(changes));
        var positions = changes.Items.Where(c => c.Kind == ChangeKinds.ScriptDecision).Select(c => c.Position).ToArray();
        Assert.Equal([0, input.IndexOf('這'), input.LastIndexOf("这是", StringComparison.Ordinal)], positions);
    }

    [Fact]
    public void A_paragraph_without_evidence_follows_the_document()
    {
        // The middle line has only characters both scripts share; the document is Traditional.
        var input = "這篇報導說明了經濟發展。\n中文\n隨著時間過去，變化顯著。";
        var (text, changes) = Run(input);
        Assert.Equal("这篇报导说明了经济发展。\n中文\n随着时间过去，变化显著。", text);
        Assert.Equal(["tw2s"], Decisions(changes));
    }

    [Theory]
    [InlineData("Only English here, 2019.\n")]
    [InlineData("1234 — …！？")]
    [InlineData("")]
    public void Text_without_han_characters_is_left_alone(string input)
    {
        var (text, changes) = Run(input);
        Assert.Same(input, text);
        Assert.False(changes.Counts.ContainsKey(ChangeKinds.ScriptConversion));
    }

    [Fact]
    public void Shared_characters_alone_are_not_converted()
    {
        var input = "中文大家人民\n";
        var (text, changes) = Run(input);
        Assert.Same(input, text);
        Assert.Equal(["none"], Decisions(changes));
    }

    [Fact]
    public void Fixed_mode_uses_the_given_preset_or_converter()
    {
        var tw = new ConversionOptions { Mode = ScriptConversionMode.Fixed, Preset = "tw2sp" };
        Assert.Equal("软件", Run("軟體", tw).Text);   // tw2sp localizes phrases
        Assert.Equal(["tw2sp"], Decisions(Run("軟體", tw).Changes));
        var custom = new ConversionOptions { Mode = ScriptConversionMode.Fixed, Converter = new UpperConverter() };
        Assert.Equal("ABC", Run("abc", custom).Text);
        Assert.Equal("软体", Run("軟體", new ConversionOptions { Mode = ScriptConversionMode.Fixed }).Text);
    }

    [Fact]
    public void Only_a_few_conversions_are_recorded_but_all_are_counted()
    {
        var input = string.Concat(Enumerable.Repeat("這個國家的經濟發展。\n", 200));
        var (_, changes) = Run(input);
        Assert.True(changes.Items.Count(c => c.Kind == ChangeKinds.ScriptConversion) <= 20);
        Assert.Equal(200 * 6, changes.Counts[ChangeKinds.ScriptConversion]); // 這個國 and 經濟發 in every line
    }

    [Fact]
    public void Recorded_conversions_point_at_the_original_text()
    {
        var input = "abc臺灣def";
        var (_, changes) = Run(input);
        var change = Assert.Single(changes.Items, c => c.Kind == ChangeKinds.ScriptConversion);
        Assert.Equal(3, change.Position);
        Assert.Equal("臺灣", change.Before);
        Assert.Equal("台湾", change.After);
    }

    [Theory]
    [InlineData("隨著時間推移，這篇論文的成果顯著。\n这是简体段落，成果显著。\n")]
    [InlineData("乾佑縣的說法，這裡么麼小事。")]   // OpenCC keeps 乾 in 乾佑县 and writes 幺麽: a second t2s must not undo that
    [InlineData("這是瀋下的薴麻。")]             // rules that fire on OpenCC's own output (沈下 → 沉下, 苧 → 苎) are settled at once
    public void Converting_twice_changes_nothing_more(string input)
    {
        var once = Run(input).Text;
        Assert.Equal(once, Run(once).Text);
    }

    [Fact]
    public void Simplified_phrases_that_opencc_writes_are_kept() =>
        Assert.Equal("乾佑县的说法", Run("乾佑縣的說法").Text); // TSPhrases: 乾佑縣 → 乾佑县 (not 干佑县)

    public static TheoryData<string, string> RuleTenCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(RulesFile()))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.GetProperty("rule").GetString() != "10") continue;
            data.Add(doc.RootElement.GetProperty("input").GetString()!, doc.RootElement.GetProperty("expected").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleTenCases))]
    public void Rule_10_cases_pass_through_the_normalizer(string input, string expected) =>
        Assert.Equal(expected, new TextNormalizer().Normalize(input));

    private static string RulesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "cases", "rules.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"shared/cases/rules.jsonl was not found above {AppContext.BaseDirectory}.");
    }

    private sealed class UpperConverter : IChineseConverter
    {
        public string Convert(string text) => text.ToUpperInvariant();

        public void Convert(ReadOnlySpan<char> text, System.Buffers.IBufferWriter<char> destination)
        {
            var span = destination.GetSpan(text.Length);
            text.ToUpperInvariant(span);
            destination.Advance(text.Length);
        }
    }
}
