namespace TextNorm.Tests.Cases;

/// <summary>
/// Do no harm: clean Simplified news articles in the style of the gold (one paragraph per line, full-width punctuation,
/// numbers, times, percentages, quotes, English names, URLs) come out of the default normalizer byte for byte.
/// </summary>
public class CleanTextTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(CaseFiles.ProjectCasesDirectory, "clean"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Clean_article_is_unchanged(string name)
    {
        var text = File.ReadAllText(Path.Combine(CaseFiles.ProjectCasesDirectory, "clean", name));
        var document = new TextNormalizer().NormalizeDocument(text);
        Assert.Equal(text, document.Text);
        Assert.True(document.Changes.IsEmpty, "Changes reported on clean text: " + string.Join(", ", document.Changes.Counts.Keys.Where(k => !ChangeKinds.IsDecision(k))));
    }

    [Fact]
    public void There_are_enough_clean_articles() => Assert.True(Articles().Count >= 4);
}
