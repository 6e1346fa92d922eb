namespace TextNorm.Tests.Cases;

/// <summary>The project's own cases (<c>text-cases.jsonl</c>), through the default normalizer: repairs and, above all, text that must come out unchanged.</summary>
public class TextCasesTests
{
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
        var output = TextNormalizer.Default.Normalize(c.Input);
        Assert.True(c.Expected == output, $"{why}:\n input    {c.Input}\n expected {c.Expected}\n got      {output}");
        Assert.Equal(output, TextNormalizer.Default.Normalize(output));
    }

    [Fact]
    public void Has_many_cases() => Assert.True(Cases().Count >= 60);
}
