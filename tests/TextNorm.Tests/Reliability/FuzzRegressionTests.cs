namespace TextNorm.Tests.Reliability;

/// <summary>
/// Every input kept in <c>FuzzRegressions/</c> (crashes and hangs the fuzzer found, and hand-made nasty inputs) is
/// normalized as bytes and, decoded as UTF-8, as text: no exception, well-formed, idempotent output. A file named
/// <c>*.jsonl</c> is also fed line by line through the JSONL path the fuzzer exercises.
/// </summary>
public class FuzzRegressionTests
{
    private static string Directory => Path.Combine(TestCorpus.RepositoryRoot, "tests", "TextNorm.Tests", "Reliability", "FuzzRegressions");

    public static TheoryData<string> Inputs() =>
        [.. System.IO.Directory.GetFiles(Directory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_kept_fuzz_input_normalizes_cleanly(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, file));
        var normalizer = PropertySettings.Default;

        var fromBytes = normalizer.Normalize(bytes);
        OutputShape.AssertWellFormed(fromBytes, file);
        Assert.Equal(fromBytes, normalizer.Normalize(fromBytes));

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var fromText = normalizer.Normalize(text);
        OutputShape.AssertWellFormed(fromText, file);
        Assert.Equal(fromText, normalizer.Normalize(fromText));

        if (file.EndsWith(".jsonl", StringComparison.Ordinal))
            foreach (var result in FuzzTargets.Jsonl(bytes))
                OutputShape.AssertWellFormed(result, file);
    }
}
