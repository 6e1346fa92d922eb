using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

/// <summary>
/// Hand-written articles in the header and footer styles of other Chinese news sites (national, provincial and
/// municipal, portals), each with its expected text and metadata (<c>Cases/*.case</c>). Not copies of the seeds.
/// </summary>
public class CaseFileTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(DataDir("Cases"), "*.case").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    private static Case Load(string name) => ReadCase(Path.Combine(DataDir("Cases"), name + ".case"));

    [Fact]
    public void There_are_at_least_thirty_cases()
    {
        Assert.True(Cases().Count >= 30, $"only {Cases().Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_is_as_expected(string name)
    {
        var c = Load(name);
        var (text, _, _) = Run(c.Input);
        Assert.Equal(c.Expected, text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metadata_is_as_expected(string name)
    {
        var c = Load(name);
        var (_, meta, _) = Run(c.Input);
        Assert.Equal(Describe(c.Meta), Describe(meta));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Second_run_changes_nothing(string name)
    {
        var c = Load(name);
        var (once, _, _) = Run(c.Input);
        var (twice, _, changes) = Run(once);
        Assert.Equal(once, twice);
        Assert.True(changes.IsEmpty, string.Join(" | ", changes.Items.Select(i => $"{i.Kind}: {i.Before}")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_removal_is_recorded_at_its_place(string name)
    {
        var c = Load(name);
        var (text, _, changes) = Run(c.Input);
        Assert.All(changes.Items, i => Assert.Equal(i.Before, c.Input.Substring(i.Position, i.Before.Length)));
        Assert.All(changes.Items, i => Assert.StartsWith("boilerplate-", i.Kind, StringComparison.Ordinal));
        var removed = changes.Items.Sum(i => Strip(i.Before));
        Assert.Equal(Strip(c.Input), removed + Strip(text));
    }

    private static int Strip(string s) => s.Count(ch => ch is not ('\n' or ' ' or '\u3000'));
}
