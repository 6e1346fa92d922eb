using static TextNorm.Tests.Boilerplate.BoilerplateTestSupport;

namespace TextNorm.Tests.Boilerplate;

/// <summary>
/// The five seeds as the boilerplate step receives them (decoded, repaired, Simplified, one paragraph a line, their
/// header and footer lines converted by hand), against the shared gold text and metadata.
/// </summary>
public class SeedBoilerplateTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(DataDir("Seeds"), "*.input.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f)[..^".input.txt".Length]);
        return data;
    }

    private static (string Input, string Expected, DocumentMetadata Meta) Load(string name)
    {
        var dir = DataDir("Seeds");
        return (File.ReadAllText(Path.Combine(dir, name + ".input.txt")),
            File.ReadAllText(Path.Combine(dir, name + ".expected.txt")),
            ParseMeta(File.ReadAllText(Path.Combine(dir, name + ".meta.json"))));
    }

    [Fact]
    public void All_five_seeds_are_present()
    {
        Assert.Equal(5, Seeds().Count);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_text_equals_gold(string name)
    {
        var (input, expected, _) = Load(name);
        var (text, _, _) = Run(input);
        Assert.Equal(expected, text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_metadata_equals_gold(string name)
    {
        var (input, _, meta) = Load(name);
        var (_, actual, _) = Run(input);
        Assert.Equal(Describe(meta), Describe(actual));
    }

    /// <summary>The raw layout of the seeds: indentation, blank lines between paragraphs, half-width colons in the boilerplate.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_with_blank_lines_indentation_and_half_width_colons_gives_the_same_result(string name)
    {
        var (input, expected, meta) = Load(name);
        var lines = input.TrimEnd('\n').Split('\n');
        var expectedLines = expected.TrimEnd('\n').Split('\n').ToHashSet(StringComparer.Ordinal);
        var loose = string.Join("\n\n", lines.Select(l => expectedLines.Contains(l) ? "  " + l : l.Replace('：', ':') + "  ")) + "\n\n   \n";
        var (text, actual, _) = Run(loose);
        var normalized = string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
        Assert.Equal(expected, normalized);
        Assert.Equal(Describe(meta), Describe(actual));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_removed_line_is_recorded_with_a_boilerplate_kind(string name)
    {
        var (input, expected, _) = Load(name);
        var (_, _, changes) = Run(input);
        Assert.NotEmpty(changes.Items);
        Assert.All(changes.Items, c => Assert.StartsWith("boilerplate-", c.Kind, StringComparison.Ordinal));
        Assert.All(changes.Items, c => Assert.Equal(c.Before, input.Substring(c.Position, c.Before.Length)));
        // What was removed plus what is left accounts for every character of the input but line breaks.
        var removed = changes.Items.Sum(c => c.Before.Length);
        Assert.Equal(input.Replace("\n", "").Length, removed + expected.Replace("\n", "").Length);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_output_is_left_alone_on_a_second_run(string name)
    {
        var (input, _, _) = Load(name);
        var (once, _, _) = Run(input);
        var (twice, _, changes) = Run(once);
        Assert.Same(once, twice);
        Assert.True(changes.IsEmpty);
    }
}
