using System.Text.Json;
using TextNorm.Boilerplate;
using TextNorm.Pipeline;

namespace TextNorm.Tests.Boilerplate;

/// <summary>Runs the boilerplate step alone and reads the hand-written case files.</summary>
internal static class BoilerplateTestSupport
{
    public static string DataDir(string name) => Path.Combine(AppContext.BaseDirectory, "Boilerplate", name);

    public static (string Text, DocumentMetadata Metadata, ChangeReport Changes) Run(string input, BoilerplateOptions? options = null)
    {
        var step = new BoilerplateStep(options ?? BoilerplateOptions.Default);
        var context = new StepContext(new ChangeLog(10_000)) { };
        context.Changes.CurrentStep = step.Name;
        var text = step.Apply(input, context);
        return (text, context.Metadata, context.Changes.ToReport());
    }

    /// <summary>Reads a gold-style <c>.meta.json</c>: title, published, source, authors, editors (and optional originalTitle).</summary>
    public static DocumentMetadata ParseMeta(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string[] List(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        return new DocumentMetadata
        {
            Title = Str("title"),
            Published = Str("published"),
            Source = Str("source"),
            Authors = List("authors"),
            Editors = List("editors"),
            OriginalTitle = Str("originalTitle"),
        };
    }

    public static string Describe(DocumentMetadata m) =>
        $"title={m.Title ?? "null"} | published={m.Published ?? "null"} | source={m.Source ?? "null"} | authors=[{string.Join(",", m.Authors)}] | editors=[{string.Join(",", m.Editors)}] | originalTitle={m.OriginalTitle ?? "null"}";

    /// <summary>
    /// A case file holds three sections: <c>=== input</c>, <c>=== expected</c> (the text after the step) and
    /// <c>=== meta</c> (JSON). Lines starting with <c>#</c> before the first section are comments.
    /// </summary>
    public sealed record Case(string Name, string Input, string Expected, DocumentMetadata Meta);

    public static Case ReadCase(string path)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith("=== ", StringComparison.Ordinal))
            {
                current = sections[raw[4..].Trim()] = [];
                continue;
            }
            current?.Add(raw);
        }
        static string Body(List<string> lines)
        {
            while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
            return lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
        }
        return new Case(Path.GetFileNameWithoutExtension(path), Body(sections["input"]), Body(sections["expected"]),
            ParseMeta(string.Join('\n', sections["meta"])));
    }
}
