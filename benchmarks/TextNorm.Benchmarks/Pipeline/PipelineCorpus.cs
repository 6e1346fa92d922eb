using System.Text;

namespace TextNorm.Benchmarks.Pipeline;

/// <summary>
/// The documents of the whole-pipeline benchmarks. "trad" is the seed articles (Traditional script, every kind of
/// damage); "simp" is clean Simplified text that needs no change: the gold texts of the seeds, read from
/// <c>TEXTNORM_GOLD_DIR</c> (default <c>/work/shared/gold</c>), or when that is missing the seeds normalized once
/// (idempotence makes the normaliser's own output text that needs no change).
/// </summary>
internal static class PipelineCorpus
{
    public const string Traditional = "trad";
    public const string Simplified = "simp";

    private static readonly Lazy<string[]> Seeds = new(() => ReadArticles(Path.Combine(AppContext.BaseDirectory, "seeds")));

    private static readonly Lazy<string[]> Gold = new(() =>
    {
        var dir = Environment.GetEnvironmentVariable("TEXTNORM_GOLD_DIR") is { Length: > 0 } d ? d : "/work/shared/gold";
        if (Directory.Exists(dir) && Directory.GetFiles(dir, "*.txt").Length > 0) return ReadArticles(dir);
        var normalizer = new TextNormalizer();
        return Seeds.Value.Select(normalizer.Normalize).ToArray();
    });

    /// <summary>The articles of one kind, in name order.</summary>
    public static string[] Articles(string kind) => kind switch
    {
        Traditional => Seeds.Value,
        Simplified => Gold.Value,
        _ => throw new ArgumentException($"unknown corpus kind '{kind}'", nameof(kind)),
    };

    /// <summary>
    /// One document: "5KB" is the first article alone; "1MB" and "10MB" are the articles repeated (separated by a
    /// blank line) until the UTF-8 size reaches that many MiB.
    /// </summary>
    public static string Document(string kind, string size)
    {
        var articles = Articles(kind);
        if (size == "5KB") return articles[0];
        var target = size switch
        {
            "1MB" => 1 << 20,
            "10MB" => 10 << 20,
            _ => throw new ArgumentException($"unknown document size '{size}'", nameof(size)),
        };
        var sb = new StringBuilder(target);
        var bytes = 0;
        for (var i = 0; bytes < target; i++)
        {
            var article = articles[i % articles.Length];
            sb.Append(article);
            if (!article.EndsWith('\n')) sb.Append('\n');
            sb.Append('\n');
            bytes += Encoding.UTF8.GetByteCount(article) + 2;
        }
        return sb.ToString();
    }

    private static string[] ReadArticles(string dir) =>
        Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
}
