using System.Text.Json;

namespace TextNorm.Tests.Cases;

/// <summary>One input → expected case of a <c>*.jsonl</c> case file (fields <c>rule</c>, <c>input</c>, <c>expected</c>, <c>why</c>).</summary>
public sealed record NormalizationCase(string File, int Line, string Rule, string Input, string Expected, string Why)
{
    public override string ToString() => $"{File}:{Line} rule {Rule}: {Why}";
}

/// <summary>Finds and reads the case files: the shared ones beside the repository, the project's own in this folder.</summary>
internal static class CaseFiles
{
    /// <summary>The shared reference folder (<c>shared/</c> beside or above the repository), found by walking up from the test binaries.</summary>
    public static string SharedDirectory => Path.Combine(FindRootOf(Path.Combine("shared", "cases", "rules.jsonl"),
        "Could not find shared/cases/rules.jsonl in any directory above " + AppContext.BaseDirectory
        + ". The rule cases live in the shared/ folder that sits beside the repository (CI clones the repository with shared/ next to it)."),
        "shared");

    /// <summary>This folder in the source tree (<c>tests/TextNorm.Tests/Cases</c>).</summary>
    public static string ProjectCasesDirectory => Path.Combine(FindRootOf(Path.Combine("tests", "TextNorm.Tests", "Cases", "text-cases.jsonl"),
        "Could not find tests/TextNorm.Tests/Cases/text-cases.jsonl above " + AppContext.BaseDirectory + "."),
        "tests", "TextNorm.Tests", "Cases");

    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<NormalizationCase> Read(string path)
    {
        var name = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            yield return new NormalizationCase(name, lineNumber,
                root.GetProperty("rule").GetString() ?? "",
                root.GetProperty("input").GetString() ?? "",
                root.GetProperty("expected").GetString() ?? "",
                root.TryGetProperty("why", out var why) ? why.GetString() ?? "" : "");
        }
    }

    /// <summary>Walks up from the test binaries to the first directory under which <paramref name="relativeFile"/> exists.</summary>
    private static string FindRootOf(string relativeFile, string error)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relativeFile))) return dir.FullName;
        throw new DirectoryNotFoundException(error);
    }
}
