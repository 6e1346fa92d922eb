using System.Text;
using System.Text.Json;

namespace TextNorm.Fuzz;

/// <summary>
/// Builds AFL's starting corpus from the project's own articles: small files (AFL works best under a few KB), so
/// seeds are cut into chunks of whole lines; a few chunks also go in GBK, Big5 and UTF-16 so the decoder's paths
/// are covered from the start; the rule cases and the kept fuzz regressions go in as they are.
/// </summary>
internal static class SeedCorpus
{
    private const int ChunkBytes = 1500;

    public static int Write(string target, string outDir, string seedsDir, string casesFile, string regressionsDir)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(outDir);
        var chunks = Directory.Exists(seedsDir)
            ? Directory.GetFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => Chunks(File.ReadAllText(f))).ToList()
            : [];
        var cases = File.Exists(casesFile) ? CaseInputs(casesFile).ToList() : [];
        var n = 0;
        void Put(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(outDir, $"{n++:D3}-{name}"), bytes);

        if (target == "jsonl")
        {
            for (var i = 0; i < chunks.Count; i += 2)
                Put("seed.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", chunks.Skip(i).Take(2).Select((c, k) => Record(c, i + k))) + "\n"));
            for (var i = 0; i < cases.Count; i += 4)
                Put("cases.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", cases.Skip(i).Take(4).Select((c, k) => Record(c, i + k))) + "\n"));
            Put("bad.jsonl", "{\"text\": 1}\nnot json\n{\"id\": 2}\n[\"text\"]\n{\"text\":\"\\ud800中(shè)\"}\n"u8.ToArray());
        }
        else
        {
            foreach (var c in chunks) Put("seed.txt", Encoding.UTF8.GetBytes(c));
            foreach (var c in cases) Put("case.txt", Encoding.UTF8.GetBytes(c));
            foreach (var (c, i) in chunks.Select((c, i) => (c, i)).Where(x => x.i % 4 == 0))
            {
                Put("seed.gbk", Encoding.GetEncoding(936).GetBytes(c));
                Put("seed.big5", Encoding.GetEncoding(950).GetBytes(c));
                Put("seed.utf16", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(c)]);
            }
        }
        if (Directory.Exists(regressionsDir))
            foreach (var f in Directory.GetFiles(regressionsDir).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
                if ((target == "jsonl") == f.EndsWith(".jsonl", StringComparison.Ordinal))
                    Put(Path.GetFileName(f), File.ReadAllBytes(f));
        Console.WriteLine($"{n} corpus files in {outDir}");
        return n > 0 ? 0 : 1;
    }

    private static string Record(string text, int id) => JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["text"] = text });

    /// <summary>Whole lines packed into chunks of at most about <see cref="ChunkBytes"/> UTF-8 bytes.</summary>
    private static IEnumerable<string> Chunks(string article)
    {
        var sb = new StringBuilder();
        foreach (var line in article.Split('\n'))
        {
            if (sb.Length > 0 && Encoding.UTF8.GetByteCount(sb.ToString()) + Encoding.UTF8.GetByteCount(line) > ChunkBytes)
            {
                yield return sb.ToString();
                sb.Clear();
            }
            var l = line.Length > ChunkBytes / 3 ? line[..(ChunkBytes / 3)] : line;
            sb.Append(l).Append('\n');
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static IEnumerable<string> CaseInputs(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("input", out var v) && v.ValueKind == JsonValueKind.String) yield return v.GetString()!;
        }
    }
}
