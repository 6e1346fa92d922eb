using System.Text;
using System.Text.Json;

namespace TextNorm.Cli.Tests;

public class JsonlRobustnessTests
{
    [Fact]
    public void Awkward_but_valid_strings_come_out_as_one_valid_json_line_each()
    {
        string[] texts = ["行分隔\u2028段分隔\u2029结束", "制表\t回车\r换行\n", "表情😀与𠀀", "引号\"反斜杠\\", "控制\u0001\u001f字符", ""];
        var input = string.Concat(texts.Select((t, i) => JsonSerializer.Serialize(new Dictionary<string, object> { ["i"] = i, ["text"] = t }) + "\n"));
        var r = CliHost.Pipe(input, "normalize", "--jsonl", "--threads", "2", "-q");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(texts.Length + 1, lines.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, record.RootElement.GetProperty("i").GetInt32());
            Assert.Equal(TextNormalizer.Default.Normalize(texts[i]), record.RootElement.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void A_lone_surrogate_escape_is_reported_not_crashed_on()
    {
        var r = CliHost.Pipe("{\"text\":\"a\\ud800b\"}\n{\"text\":\"好\"}\n", "normalize", "--jsonl", "-q");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("line 1: field 'text' holds invalid Unicode", r.Stderr);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("skip", 1)]
    [InlineData("keep", 2)]
    [InlineData("skip", 3)]
    [InlineData("keep", 4)]
    public void On_random_garbage_counting_holds_and_order_is_kept(string mode, int seed)
    {
        var random = new Random(seed);
        var input = new StringBuilder();
        var expectedGood = new List<int>();
        var lineCount = 0;
        for (var i = 0; i < 2000; i++)
        {
            lineCount++;
            switch (random.Next(6))
            {
                case 0:
                    var junk = new byte[random.Next(1, 40)];
                    random.NextBytes(junk);
                    input.Append(Encoding.Latin1.GetString(junk).Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case 1:
                    input.Append("{\"id\":").Append(i).Append(",\"text\":");
                    break;
                case 2:
                    input.Append("{\"id\":").Append(i).Append(",\"body\":\"无正文\"}");
                    break;
                default:
                    input.Append("{\"id\":").Append(i).Append(",\"text\":\"第").Append(i).Append("条 ,内容!!\"}");
                    expectedGood.Add(i);
                    break;
            }
            input.Append('\n');
        }
        var blankOrWhitespace = input.ToString().Split('\n')[..^1].Count(l => l.Trim(' ', '\t', '\r').Length == 0);
        var r = CliHost.Pipe(input.ToString(), "normalize", "--jsonl", "--on-error", mode, "--threads", "4", "--no-progress");
        var outLines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var normalizedIds = outLines.Where(l => l.Contains("\"textnorm\":", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(expectedGood, normalizedIds);
        var recordsIn = lineCount - blankOrWhitespace;
        var errors = r.StderrLines.Count(l => l.StartsWith("textnorm: error:", StringComparison.Ordinal));
        Assert.Equal(recordsIn, expectedGood.Count + errors);
        Assert.Equal(mode == "keep" ? recordsIn : expectedGood.Count, outLines.Length);
        Assert.Contains($"records: {recordsIn} in = {outLines.Length} out", r.Stderr);
    }
}
