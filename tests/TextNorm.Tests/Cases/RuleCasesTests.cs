namespace TextNorm.Tests.Cases;

/// <summary>
/// The shared rule cases (<c>shared/cases/rules.jsonl</c>) through the default normalizer.
/// <see cref="Text_rules_hold"/>: rules 1–9, the text steps. A rule-9 case whose expected text holds Han characters
/// that its input lacks (<c>經(jīng)</c> → <c>经</c>) also needs Traditional → Simplified conversion, so it runs with
/// the other stages' cases in <see cref="Other_rules_hold"/> (rules 10–18: repair, conversion, boilerplate).
/// </summary>
public class RuleCasesTests
{
    private static readonly HashSet<string> TextRules = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static string RulesFile => Path.Combine(CaseFiles.SharedDirectory, "cases", "rules.jsonl");

    public static TheoryData<int, string> TextRuleCases() => Lines(c => TextRules.Contains(c.Rule) && !NeedsConversion(c));

    public static TheoryData<int, string> OtherRuleCases() => Lines(c => !TextRules.Contains(c.Rule) || NeedsConversion(c));

    [Theory]
    [MemberData(nameof(TextRuleCases))]
    public void Text_rules_hold(int line, string why) => Check(line, why);

    [Theory]
    [MemberData(nameof(OtherRuleCases))]
    public void Other_rules_hold(int line, string why) => Check(line, why);

    [Fact]
    public void Shared_cases_are_found()
    {
        Assert.True(TextRuleCases().Count >= 20);
        Assert.NotEmpty(OtherRuleCases());
    }

    /// <summary>Expected Han characters that the input does not have can only come from script conversion.</summary>
    private static bool NeedsConversion(NormalizationCase c) =>
        c.Expected.EnumerateRunes().Any(r => IsHan(r) && !c.Input.Contains(r.ToString(), StringComparison.Ordinal));

    private static bool IsHan(System.Text.Rune r) =>
        r.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x3FFFF;

    private static void Check(int line, string why)
    {
        var c = CaseFiles.Read(RulesFile).Single(x => x.Line == line);
        var output = TextNormalizer.Default.Normalize(c.Input);
        Assert.True(c.Expected == output, $"rule {c.Rule} ({why}):\n input    {c.Input}\n expected {c.Expected}\n got      {output}");
        Assert.Equal(output, TextNormalizer.Default.Normalize(output));
    }

    private static TheoryData<int, string> Lines(Func<NormalizationCase, bool> filter)
    {
        var data = new TheoryData<int, string>();
        foreach (var c in CaseFiles.Read(RulesFile).Where(filter)) data.Add(c.Line, $"rule {c.Rule}: {c.Why}");
        return data;
    }
}
