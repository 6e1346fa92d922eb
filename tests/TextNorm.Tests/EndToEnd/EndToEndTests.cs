using System.Text;
using System.Text.Json;

namespace TextNorm.Tests.EndToEnd;

/// <summary>
/// Whole articles in the styles of other Chinese news sites, raw bytes in, exact text and metadata out.
/// Each <c>Articles/NAME.txt</c> has a hand-written <c>NAME.expected.txt</c> and <c>NAME.meta.json</c>;
/// each <c>Clean/NAME.txt</c> must come out byte-identical (with <c>NAME.meta.json</c> when it carries real metadata lines).
/// Cases in <c>Known/</c> are documented product bugs and are not run.
/// </summary>
public sealed class EndToEndTests
{
    private static readonly TextNormalizer Normalizer = new();

    static EndToEndTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Root
    {
        get
        {
            var relative = Path.Combine("tests", "TextNorm.Tests", "EndToEnd");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (Directory.Exists(Path.Combine(candidate, "Articles"))) return candidate;
            }
            throw new DirectoryNotFoundException("Could not find " + relative + " above " + AppContext.BaseDirectory);
        }
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.txt")
            .Where(p => !p.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Articles() => new(Names("Articles"));

    public static TheoryData<string> CleanArticles() => new(Names("Clean"));

    /// <summary>Raw articles re-encoded into legacy encodings: each must come out as from UTF-8.</summary>
    public static TheoryData<string, string> EncodedArticles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, encoding) in EncodedVariants)
        {
            // A case moved to Known/ (an open product bug) is not run in any encoding either.
            if (File.Exists(Path.Combine(Root, "Articles", name + ".txt"))) data.Add(name, encoding);
        }
        return data;
    }

    private static readonly (string Name, string Encoding)[] EncodedVariants =
    [
        ("01-xinhua", "gb18030"),
        ("02-people", "gbk"),
        ("04-chinanews", "utf-16le"),
        ("05-thepaper", "gbk"),
        ("06-ltn-tw", "big5"),
        ("07-hk01", "utf-16be"),
        ("09-county", "gbk"),
        ("10-sina", "utf-8-bom"),
        ("08-hongtong", "utf-16le"),
        ("12-henan", "gb18030"),
    ];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_comes_out_as_expected(string name)
    {
        var dir = Path.Combine(Root, "Articles");
        var doc = Normalizer.NormalizeDocument(File.ReadAllBytes(Path.Combine(dir, name + ".txt")));
        AssertDocument(File.ReadAllText(Path.Combine(dir, name + ".expected.txt")), ReadMeta(Path.Combine(dir, name + ".meta.json")), doc, name);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_output_is_idempotent(string name)
    {
        var once = Normalizer.Normalize(File.ReadAllBytes(Path.Combine(Root, "Articles", name + ".txt")));
        AssertText(once, Normalizer.Normalize(once), name + " (second pass)");
    }

    [Theory]
    [MemberData(nameof(EncodedArticles))]
    public void Article_in_legacy_encoding_comes_out_as_expected(string name, string encoding)
    {
        var dir = Path.Combine(Root, "Articles");
        var text = File.ReadAllText(Path.Combine(dir, name + ".txt"), new UTF8Encoding(false, true));
        var doc = Normalizer.NormalizeDocument(Encode(text, encoding));
        AssertDocument(File.ReadAllText(Path.Combine(dir, name + ".expected.txt")), ReadMeta(Path.Combine(dir, name + ".meta.json")), doc, name + " as " + encoding);
    }

    [Theory]
    [MemberData(nameof(CleanArticles))]
    public void Clean_article_comes_out_unchanged(string name)
    {
        var dir = Path.Combine(Root, "Clean");
        var bytes = File.ReadAllBytes(Path.Combine(dir, name + ".txt"));
        var doc = Normalizer.NormalizeDocument(bytes);
        AssertText(Encoding.UTF8.GetString(bytes), doc.Text, name);
        var metaPath = Path.Combine(dir, name + ".meta.json");
        var expected = File.Exists(metaPath) ? ReadMeta(metaPath) : new ExpectedMeta(null, null, null, [], []);
        AssertMetadata(expected, doc.Metadata, name);
        Assert.True(doc.Metadata.OriginalTitle is null, name + ": no 原标题 line, got " + Describe(doc.Metadata));
        AssertText(doc.Text, Normalizer.Normalize(doc.Text), name + " (second pass)");
    }

    private static byte[] Encode(string text, string encoding)
    {
        byte[] Strict(int codePage) =>
            Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
        return encoding switch
        {
            "gbk" => Strict(936),
            "gb18030" => Strict(54936),
            "big5" => Strict(950),
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => throw new ArgumentException("unknown encoding " + encoding, nameof(encoding)),
        };
    }

    private sealed record ExpectedMeta(string? Title, string? Published, string? Source, string[] Authors, string[] Editors);

    private static ExpectedMeta ReadMeta(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        string? Str(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string[] List(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
        return new ExpectedMeta(Str("title"), Str("published"), Str("source"), List("authors"), List("editors"));
    }

    private static string Describe(DocumentMetadata m) =>
        $"title={m.Title ?? "null"} published={m.Published ?? "null"} source={m.Source ?? "null"} "
        + $"authors=[{string.Join("|", m.Authors)}] editors=[{string.Join("|", m.Editors)}] originalTitle={m.OriginalTitle ?? "null"}";

    private static void AssertMetadata(ExpectedMeta expected, DocumentMetadata actual, string name)
    {
        var problems = MetadataProblems(expected, actual);
        Assert.True(problems.Count == 0, name + " metadata:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Text and metadata checked together, so one run shows every difference of a document.</summary>
    private static void AssertDocument(string expectedText, ExpectedMeta expectedMeta, NormalizedDocument doc, string name)
    {
        var report = new StringBuilder();
        if (TextDiff(expectedText, doc.Text, name) is { } diff) report.Append(diff);
        var problems = MetadataProblems(expectedMeta, doc.Metadata);
        if (problems.Count > 0) report.Append(name + " metadata:\n  " + string.Join("\n  ", problems));
        Assert.True(report.Length == 0, report.ToString());
    }

    private static List<string> MetadataProblems(ExpectedMeta expected, DocumentMetadata actual)
    {
        var problems = new List<string>();
        void Check(string field, string? want, string? got)
        {
            if (!string.Equals(want, got, StringComparison.Ordinal)) problems.Add($"{field}: expected {want ?? "null"}, got {got ?? "null"}");
        }
        Check("title", expected.Title, actual.Title);
        Check("published", expected.Published, actual.Published);
        Check("source", expected.Source, actual.Source);
        Check("authors", string.Join("|", expected.Authors), string.Join("|", actual.Authors));
        Check("editors", string.Join("|", expected.Editors), string.Join("|", actual.Editors));
        return problems;
    }

    /// <summary>Exact comparison; on failure a compact line diff (expected/got line pairs, first differing column).</summary>
    private static void AssertText(string expected, string actual, string name)
    {
        if (TextDiff(expected, actual, name) is { } diff) Assert.Fail(diff);
    }

    private static string? TextDiff(string expected, string actual, string name)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder(name + ": text differs\n");
        var missing = e.Except(a, StringComparer.Ordinal).ToList();
        var extra = a.Except(e, StringComparer.Ordinal).ToList();
        foreach (var line in missing.Take(6)) sb.Append("    -").Append(Escape(line)).Append('\n');
        foreach (var line in extra.Take(6)) sb.Append("    +").Append(Escape(line)).Append('\n');
        if (missing.Count == 0 && extra.Count == 0)
        {
            // Same lines, different order or count: show the first position that differs.
            var i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
            sb.Append($"  line {i + 1}: -{(i < e.Length ? Escape(e[i]) : "<end>")} +{(i < a.Length ? Escape(a[i]) : "<end>")}\n");
        }
        return sb.ToString();
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c < 0x20 || c is '\u00A0' or '\u3000' or '\uFEFF' or '\uFFFD' || (c >= '\u200B' && c <= '\u200D')) sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
