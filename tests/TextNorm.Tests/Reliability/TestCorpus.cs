using System.Text.Json;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// Every article the test suite knows: the seeds, the gold texts, the rule cases (inputs and expected outputs) and
/// any case file under <c>tests/</c>. Found on disk so that cases added later are covered without editing this file.
/// </summary>
internal static class TestCorpus
{
    /// <summary>The repository root: the nearest parent of the test binaries that holds <c>TextNorm.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindUp(AppContext.BaseDirectory, d => File.Exists(Path.Combine(d, "TextNorm.sln")))
        ?? throw new DirectoryNotFoundException($"No TextNorm.sln above {AppContext.BaseDirectory}");

    /// <summary>
    /// The shared reference folder (<c>gold/</c>, <c>seeds/</c>, <c>cases/</c>): <c>$TEXTNORM_SHARED</c>, else a
    /// <c>shared/</c> folder beside or above the repository (CI clones the repository with <c>shared/</c> beside it).
    /// </summary>
    public static string? SharedDirectory { get; } = FindShared();

    /// <summary>(name, text) of every article: seeds (raw and after decoding), gold, rule-case inputs and expectations, case files under tests/.</summary>
    public static IReadOnlyList<(string Name, string Text)> Articles { get; } = LoadArticles();

    /// <summary>(name, bytes) of every raw seed file.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> SeedBytes { get; } = LoadSeedBytes();

    private static string? FindShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TEXTNORM_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "gold"))) return fromEnv;
        var holder = FindUp(RepositoryRoot, d => Directory.Exists(Path.Combine(d, "shared", "gold")));
        if (holder is not null) return Path.Combine(holder, "shared");
        return Directory.Exists("/work/shared/gold") ? "/work/shared" : null;
    }

    private static string? FindUp(string start, Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (match(dir.FullName)) return dir.FullName;
        return null;
    }

    private static IEnumerable<string> SeedFiles()
    {
        var dirs = new List<string> { Path.Combine(RepositoryRoot, "seeds") };
        if (SharedDirectory is not null) dirs.Add(Path.Combine(SharedDirectory, "seeds"));
        return dirs.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .GroupBy(Path.GetFileName).Select(g => g.First())
            .Order(StringComparer.Ordinal);
    }

    private static List<(string, byte[])> LoadSeedBytes() => SeedFiles().Select(f => ("seed " + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

    private static List<(string, string)> LoadArticles()
    {
        var list = new List<(string, string)>();
        foreach (var f in SeedFiles()) list.Add(("seed " + Path.GetFileName(f), File.ReadAllText(f)));
        if (SharedDirectory is not null)
        {
            var gold = Path.Combine(SharedDirectory, "gold");
            if (Directory.Exists(gold))
                foreach (var f in Directory.GetFiles(gold, "*.txt").Order(StringComparer.Ordinal))
                    list.Add(("gold " + Path.GetFileName(f), File.ReadAllText(f)));
            var cases = Path.Combine(SharedDirectory, "cases");
            if (Directory.Exists(cases))
                foreach (var f in Directory.GetFiles(cases, "*.jsonl").Order(StringComparer.Ordinal))
                    list.AddRange(CaseStrings(f));
        }
        // Case files other helpers keep under tests/ (JSONL with "input"/"expected", or plain .txt articles).
        var tests = Path.Combine(RepositoryRoot, "tests");
        foreach (var f in Directory.EnumerateFiles(tests, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IsBuildOutput(f) || f.Contains($"{Path.DirectorySeparatorChar}FuzzRegressions{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            if (f.EndsWith(".jsonl", StringComparison.Ordinal)) list.AddRange(CaseStrings(f));
            else if (f.EndsWith(".txt", StringComparison.Ordinal)) list.Add(("tests " + Path.GetRelativePath(tests, f), File.ReadAllText(f)));
        }
        return list;
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    /// <summary>Every string-valued "input" and "expected" field of a JSONL case file; lines that are not such objects are ignored.</summary>
    private static IEnumerable<(string, string)> CaseStrings(string file)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(line); }
            catch (JsonException) { continue; }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object) continue;
                foreach (var field in new[] { "input", "expected" })
                    if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
                        yield return ($"{Path.GetFileName(file)}:{lineNumber} {field}", v.GetString()!);
            }
        }
    }
}
