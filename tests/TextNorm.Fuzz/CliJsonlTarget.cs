using System.Buffers;
using System.Text.Json;
using TextNorm.Cli.Jsonl;
using TextNorm.Tests.Reliability;

namespace TextNorm.Fuzz;

/// <summary>
/// The CLI's own JSONL record rewriter (<c>textnorm normalize --jsonl</c>) on every line of the input: a record is either
/// rewritten into exactly one line of valid JSON whose field holds the normalized text, or reported with a reason;
/// it never throws and is never lost.
/// </summary>
internal static class CliJsonlTarget
{
    private static readonly TextNormalizer Normalizer = new();

    public static void Run(byte[] data)
    {
        using var rewriter = new JsonlRecordRewriter(Normalizer, "text");
        var output = new ArrayBufferWriter<byte>();
        var start = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            if (i < data.Length && data[i] != (byte)'\n') continue;
            var line = data.AsSpan(start, i - start);
            start = i + 1;
            if (line.Trim(" \t\r"u8).IsEmpty) continue;
            output.Clear();
            var problem = rewriter.TryRewrite(line, output, out var document);
            if (problem is not null)
            {
                if (output.WrittenCount != 0) throw new InvalidOperationException($"a reported record ({problem}) still wrote output");
                continue;
            }
            var written = output.WrittenSpan;
            if (written.IsEmpty || written[^1] != (byte)'\n' || written[..^1].Contains((byte)'\n'))
                throw new InvalidOperationException("a rewritten record is not exactly one line");
            using var back = JsonDocument.Parse(written.ToArray());
            if (back.RootElement.GetProperty("text").GetString() != document!.Text)
                throw new InvalidOperationException("the rewritten record does not hold the normalized text");
            if (OutputShape.Problem(document.Text) is { } shape) throw new WellFormednessException("cli-jsonl: " + shape);
        }
    }
}
