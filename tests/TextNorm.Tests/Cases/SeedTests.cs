namespace TextNorm.Tests.Cases;

/// <summary>Whole-pipeline properties on the seed articles.</summary>
public class SeedTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseFiles.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalizing_twice_changes_nothing(string name)
    {
        var once = TextNormalizer.Default.Normalize(File.ReadAllText(Path.Combine(CaseFiles.SeedsDirectory, name)));
        Assert.Equal(once, TextNormalizer.Default.Normalize(once));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Text_rules_leave_no_trace_of_their_damage(string name)
    {
        var output = TextNormalizer.Default.Normalize(File.ReadAllText(Path.Combine(CaseFiles.SeedsDirectory, name)));
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain(",,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("，，", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(shè)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", output, StringComparison.Ordinal);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        foreach (var line in output.Split('\n')[..^1])
        {
            Assert.NotEmpty(line);
            Assert.False(char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]), $"untrimmed line: '{line}'");
        }
    }
}
