namespace TextNorm.Tests.Cases;

/// <summary>
/// The project's own cases (<c>text-cases.jsonl</c>) for the text-level rules 1–9: repairs and, above all, text that must
/// come out unchanged. They run through the default pipeline without boilerplate removal, since a one-line document such
/// as <c>记者:王明</c> is, as a whole page, a byline (the boilerplate tests cover that).
/// </summary>
public class TextCasesTests
{
    private static readonly TextNormalizer Normalizer = new(TextNormalizerOptions.Default with { Boilerplate = TextNorm.Boilerplate.BoilerplateOptions.Disabled });

    private static string CasesFile => Path.Combine(CaseFiles.ProjectCasesDirectory, "text-cases.jsonl");

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var c in CaseFiles.Read(CasesFile)) data.Add(c.Line, $"rule {c.Rule}: {c.Why}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(int line, string why)
    {
        var c = CaseFiles.Read(CasesFile).Single(x => x.Line == line);
        var output = Normalizer.Normalize(c.Input);
        Assert.True(c.Expected == output, $"{why}:\n input    {c.Input}\n expected {c.Expected}\n got      {output}");
        Assert.Equal(output, Normalizer.Normalize(output));
    }

    [Fact]
    public void Has_many_cases() => Assert.True(Cases().Count >= 60);
}
