using System.Text;
using System.Text.Json;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// What the fuzzer runs (tests/TextNorm.Fuzz links this file) and what the regression tests replay. Any broken
/// property becomes an exception, so AFL records it as a crash: an exception from the library, output that is not
/// well-formed, a second pass that changes the text, or a JSONL record that is neither written nor reported.
/// </summary>
internal static class FuzzTargets
{
    // Lazy: under afl-fuzz the instrumented library must not run before the fuzzer has set up its shared memory.
    private static readonly Lazy<TextNormalizer> LazyNormalizer = new(() => new TextNormalizer());

    private static TextNormalizer Normalizer => LazyNormalizer.Value;

    /// <summary>
    /// Whether a second pass that changes the text counts as a failure. On in the tests; the fuzzer turns it on with
    /// <c>TEXTNORM_FUZZ_IDEMPOTENCE=1</c> (the property tests hunt idempotence; the fuzzer hunts crashes and hangs first).
    /// </summary>
    public static bool CheckIdempotence { get; set; } = true;

    /// <summary><c>Normalize(bytes)</c>: well-formed and idempotent output.</summary>
    public static string NormalizeBytes(ReadOnlySpan<byte> data)
    {
        var text = Normalizer.NormalizeDocument(data).Text;
        Check(text, "bytes");
        return text;
    }

    /// <summary><c>Normalize(string)</c> of the bytes read as UTF-8: well-formed and idempotent output.</summary>
    public static string NormalizeText(string text)
    {
        var output = Normalizer.NormalizeDocument(text).Text;
        Check(output, "text");
        return output;
    }

    /// <summary>
    /// A JSONL input the way the CLI reads it: one JSON object a line, its <c>text</c> field normalized and written back
    /// with the metadata. A line that is not an object with a string <c>text</c> is reported, never dropped silently:
    /// records in = records out + records reported. Returns the normalized texts.
    /// </summary>
    public static List<string> Jsonl(ReadOnlySpan<byte> data)
    {
        var results = new List<string>();
        int records = 0, written = 0, reported = 0;
        foreach (var memory in SplitLines(data.ToArray()))
        {
            var line = memory.Span;
            if (line.Trim(" \t\r"u8).IsEmpty) continue;
            records++;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(memory); }
            catch (JsonException) { reported++; continue; }
            using (doc)
            {
                // A lone surrogate escape ("\ud800") in a name or in the field is valid JSON but no valid string:
                // reported, as the CLI does.
                string? text;
                try { text = TextField(doc.RootElement); }
                catch (InvalidOperationException) { reported++; continue; }
                if (text is null)
                {
                    reported++;
                    continue;
                }

                var normalized = Normalizer.NormalizeDocument(text);
                Check(normalized.Text, "jsonl");
                byte[] output;
                // Another field holding a lone surrogate escape is valid JSON that System.Text.Json cannot re-encode
                // (this re-serializing mirror reports it; the CLI copies other fields byte for byte, see CliJsonlTarget).
                try { output = WriteRecord(doc.RootElement, normalized); }
                catch (InvalidOperationException) { reported++; continue; }
                // The record written back must be valid JSON holding exactly the normalized text.
                using var back = JsonDocument.Parse(output);
                if (back.RootElement.GetProperty("text").GetString() != normalized.Text)
                    throw new WellFormednessException("JSONL output does not round-trip the normalized text");
                results.Add(normalized.Text);
                written++;
            }
        }
        if (records != written + reported) throw new WellFormednessException($"JSONL count broken: {records} in, {written} out, {reported} reported");
        return results;
    }

    private static string? TextField(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("text", out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : null;

    private static byte[] WriteRecord(JsonElement input, NormalizedDocument normalized)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var p in input.EnumerateObject())
            {
                if (p.NameEquals("text") || p.NameEquals("meta")) continue;
                p.WriteTo(w);
            }
            w.WriteString("text", normalized.Text);
            var m = normalized.Metadata;
            w.WriteStartObject("meta");
            w.WriteString("title", m.Title);
            w.WriteString("published", m.Published);
            w.WriteString("source", m.Source);
            w.WriteStartArray("authors");
            foreach (var a in m.Authors) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteStartArray("editors");
            foreach (var e in m.Editors) w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static List<ReadOnlyMemory<byte>> SplitLines(byte[] data)
    {
        var lines = new List<ReadOnlyMemory<byte>>();
        var start = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            if (i < data.Length && data[i] != (byte)'\n') continue;
            lines.Add(data.AsMemory(start, i - start));
            start = i + 1;
        }
        return lines;
    }

    private static void Check(string output, string path)
    {
        var problem = OutputShape.Problem(output);
        if (problem is not null) throw new WellFormednessException($"{path}: {problem}");
        if (!CheckIdempotence) return;
        var again = Normalizer.Normalize(output);
        if (again != output)
            throw new WellFormednessException($"{path}: not idempotent\nonce:  {OutputShape.Show(output)}\ntwice: {OutputShape.Show(again)}");
    }
}
