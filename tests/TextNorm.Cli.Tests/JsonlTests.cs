using System.Text;
using System.Text.Json;

namespace TextNorm.Cli.Tests;

public class JsonlTests
{
    private static string Record(int id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["text"] = text, ["url"] = $"http://example.com/{id}" });

    [Fact]
    public void Records_keep_their_fields_in_order_get_a_textnorm_object_and_keep_their_order_with_4_threads()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 3000; i++) input.Append(Record(i, i % 3 == 0 ? Samples.Article : "第" + i + "段\n")).Append('\n');
        var r = CliHost.Pipe(input.ToString(), "normalize", "--jsonl", "--threads", "4", "-q");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(3001, lines.Length);
        Assert.Equal("", lines[^1]);
        for (var i = 0; i < 3000; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var root = record.RootElement;
            Assert.Equal(["id", "text", "url", "textnorm"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(i, root.GetProperty("id").GetInt32());
            Assert.Equal($"http://example.com/{i}", root.GetProperty("url").GetString());
            var original = i % 3 == 0 ? Samples.Article : "第" + i + "段\n";
            Assert.Equal(TextNormalizer.Default.Normalize(original), root.GetProperty("text").GetString());
            var textnorm = root.GetProperty("textnorm");
            Assert.Equal(["title", "published", "source", "authors", "editors"], textnorm.GetProperty("metadata").EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Object, textnorm.GetProperty("changes").ValueKind);
        }
    }

    [Fact]
    public void Other_fields_are_copied_byte_for_byte()
    {
        const string line = """{"meta" : {"tags":["新闻", 1.50e3, null]},"text":"正文","n":-0.0}""";
        var r = CliHost.Pipe(line + "\n", "normalize", "--jsonl", "-q");
        Assert.StartsWith("""{"meta" : {"tags":["新闻", 1.50e3, null]},"text":""", r.Stdout);
        Assert.Contains(""","n":-0.0,"textnorm":{""", r.Stdout);
        Assert.EndsWith("}}\n", r.Stdout);
    }

    [Fact]
    public void Another_field_can_be_chosen_and_an_old_textnorm_object_is_replaced()
    {
        const string line = """{"textnorm":{"stale":true},"content":"正文","text":"不动"}""";
        var r = CliHost.Pipe(line + "\n", "normalize", "--jsonl", "--field", "content", "-q");
        using var record = JsonDocument.Parse(r.Stdout);
        Assert.Equal(["content", "text", "textnorm"], record.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("不动", record.RootElement.GetProperty("text").GetString());
        Assert.False(record.RootElement.GetProperty("textnorm").TryGetProperty("stale", out _));
    }

    private static readonly string BadInput = string.Join("\n",
        Record(1, "一"),
        "{\"id\":2,\"text\":",          // truncated
        Record(3, "三"),
        "{\"id\":4}",                   // missing field
        "{\"id\":5,\"text\":5}",        // not a string
        "",                             // blank: not a record
        "[\"array\"]",                  // not an object
        Record(8, "八")) + "\n";

    [Theory]
    [InlineData("skip")]
    [InlineData("keep")]
    public void Bad_records_are_reported_with_their_line_number_and_counting_holds(string mode)
    {
        using var dir = new TempDir();
        var r = CliHost.Pipe(BadInput, "normalize", "--jsonl", "--on-error", mode, "--threads", "2", "--report", dir["r.json"], "--no-progress");
        Assert.Equal(1, r.ExitCode);
        var errors = r.StderrLines.Where(l => l.StartsWith("textnorm: error:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, errors.Length);
        Assert.StartsWith("textnorm: error: <stdin>: line 2: malformed JSON", errors[0]);
        Assert.StartsWith("textnorm: error: <stdin>: line 4: missing field 'text'", errors[1]);
        Assert.StartsWith("textnorm: error: <stdin>: line 5: field 'text' is not a string (a number)", errors[2]);
        Assert.StartsWith("textnorm: error: <stdin>: line 7: not a JSON object", errors[3]);

        var outLines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var report = JsonDocument.Parse(File.ReadAllText(dir["r.json"]));
        var records = report.RootElement.GetProperty("records");
        Assert.Equal(7, records.GetProperty("in").GetInt32());
        Assert.Equal(3, records.GetProperty("normalized").GetInt32());
        Assert.Equal(outLines.Length, records.GetProperty("out").GetInt32());
        Assert.Equal(records.GetProperty("in").GetInt32(), records.GetProperty("out").GetInt32() + records.GetProperty("dropped").GetInt32());
        Assert.Equal(4, report.RootElement.GetProperty("errorCount").GetInt32());
        Assert.Equal([2L, 4L, 5L, 7L], report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt64()));
        Assert.Contains("records: 7 in = ", r.Stderr);
        if (mode == "skip")
        {
            Assert.Equal(3, outLines.Length);
            Assert.Equal(4, records.GetProperty("dropped").GetInt32());
        }
        else
        {
            Assert.Equal(7, outLines.Length);
            Assert.Equal("{\"id\":2,\"text\":", outLines[1]);
            Assert.Equal("{\"id\":4}", outLines[3]);
            Assert.Equal(4, records.GetProperty("keptUnchanged").GetInt32());
        }
    }

    [Fact]
    public void On_error_fail_stops_at_the_first_bad_record_after_writing_the_ones_before()
    {
        var r = CliHost.Pipe(BadInput, "normalize", "--jsonl", "--on-error", "fail", "--threads", "3", "--no-progress");
        Assert.Equal(1, r.ExitCode);
        var outLines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var only = Assert.Single(outLines);
        Assert.StartsWith("{\"id\":1,", only);
        Assert.Single(r.StderrLines, l => l.StartsWith("textnorm: error:", StringComparison.Ordinal));
        Assert.Contains("records: 2 in = 1 out", r.Stderr);
    }

    [Fact]
    public void A_line_over_the_limit_is_dropped_and_reported_with_on_error_skip()
    {
        var huge = Record(2, new string('长', 5000));
        var input = Record(1, "一") + "\n" + huge + "\n" + Record(3, "三") + "\n";
        var r = CliHost.Pipe(input, "normalize", "--jsonl", "--max-line-bytes", "4K", "--on-error", "skip", "--no-progress");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":1,", lines[0]);
        Assert.StartsWith("{\"id\":3,", lines[1]);
        Assert.Contains("line 2: line longer than the limit of 4096 bytes", r.Stderr);
        Assert.Contains("records: 3 in = 2 out (2 normalized, 0 kept unchanged) + 1 dropped", r.Stderr);
    }

    [Fact]
    public void A_line_over_the_limit_is_copied_unchanged_and_reported_with_on_error_keep()
    {
        // Traditional text and a full-width comma: normalizing would change it, keeping must not.
        var huge = Record(2, string.Concat(Enumerable.Repeat("長篇報導，", 2000)));
        var input = Record(1, "一") + "\n" + huge + "\n" + Record(3, "三") + "\n";
        var r = CliHost.Pipe(input, "normalize", "--jsonl", "--max-line-bytes", "4K", "--on-error", "keep", "--threads", "2", "--no-progress");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("{\"id\":1,", lines[0]);
        Assert.Equal(huge, lines[1]);
        Assert.StartsWith("{\"id\":3,", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Contains("line 2: line longer than the limit of 4096 bytes", r.Stderr);
        Assert.Contains("kept unchanged", r.Stderr);
        Assert.Contains("records: 3 in = 3 out (2 normalized, 1 kept unchanged) + 0 dropped", r.Stderr);
    }

    [Fact]
    public void A_last_line_over_the_limit_without_a_line_break_is_kept_whole_and_ended()
    {
        var huge = Record(2, new string('x', 10_000));
        var r = CliHost.Pipe(Record(1, "一") + "\n" + huge, "normalize", "--jsonl", "--max-line-bytes", "1K", "--on-error", "keep", "-q");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(huge, lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void Jsonl_files_go_to_the_output_directory_with_their_relative_paths()
    {
        using var dir = new TempDir();
        dir.Write("in/a.jsonl", Record(1, "一") + "\n");
        dir.Write("in/part/b.jsonl", Record(2, "二") + "\r\n" + Record(3, "三"));
        var r = CliHost.Run("normalize", "--jsonl", dir["in"], "-o", dir["out"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["a.jsonl", "part/b.jsonl"], dir.Files("out"));
        Assert.Equal(2, File.ReadAllLines(dir["out/part/b.jsonl"]).Length);
    }

    [Fact]
    public void Metadata_flag_is_refused_for_jsonl()
    {
        var r = CliHost.Run("normalize", "--jsonl", "--metadata", "-o", "x");
        Assert.Equal(2, r.ExitCode);
    }
}
