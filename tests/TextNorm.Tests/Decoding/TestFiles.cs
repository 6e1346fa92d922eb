namespace TextNorm.Tests.Decoding;

/// <summary>The seed articles (copied to the output folder) and the gold articles (kept beside these tests in Data/).</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextNorm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TextNorm.sln not found above " + AppContext.BaseDirectory);
    });

    public static string GoldDirectory => Path.Combine(RepoRoot.Value, "tests", "TextNorm.Tests", "Decoding", "Data");

    /// <summary>Gold articles (clean, Simplified) by file name prefix (000…004).</summary>
    public static IReadOnlyList<(string Id, string Text)> Gold() =>
        Directory.GetFiles(GoldDirectory, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f)[..3], File.ReadAllText(f))).ToList();

    /// <summary>Raw seed articles by file name prefix.</summary>
    public static IReadOnlyList<(string Id, string Text)> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f)[..3], File.ReadAllText(f))).ToList();

    public static string Seed(string id) => Seeds().Single(s => s.Id == id).Text;
}
