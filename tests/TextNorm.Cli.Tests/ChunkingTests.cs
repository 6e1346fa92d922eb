using System.Buffers;
using System.Text;
using TextNorm.Cli.IO;

namespace TextNorm.Cli.Tests;

public class ChunkingTests
{
    private static List<(byte[] Bytes, bool MidLine)> Chunks(byte[] input, int chunkSize)
    {
        var reader = new LineChunkReader(null, 0, new MemoryStream(input), chunkSize);
        var chunks = new List<(byte[], bool)>();
        foreach (var chunk in reader.ReadChunks())
        {
            chunks.Add((chunk.Span.ToArray(), chunk.EndsMidLine));
            ArrayPool<byte>.Shared.Return(chunk.Buffer);
        }
        return chunks;
    }

    [Fact]
    public void Chunks_end_at_line_breaks_and_concatenate_to_the_input()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"第{i}行，内容。\n"));
        var input = Encoding.UTF8.GetBytes(text);
        var chunks = Chunks(input, 100);
        Assert.True(chunks.Count > 10);
        Assert.All(chunks, c => Assert.Equal((byte)'\n', c.Bytes[^1]));
        Assert.All(chunks, c => Assert.False(c.MidLine));
        Assert.Equal(input, chunks.SelectMany(c => c.Bytes).ToArray());
    }

    [Fact]
    public void A_line_longer_than_a_chunk_is_cut_between_two_han_characters()
    {
        var input = Encoding.UTF8.GetBytes(new string('汉', 400) + "\n");
        var chunks = Chunks(input, 256);
        Assert.True(chunks.Count > 1);
        Assert.True(chunks[0].MidLine);
        Assert.All(chunks, c => Assert.Equal(0, c.Bytes.Length % 3 == 0 || c.Bytes[^1] == '\n' ? 0 : 1));
        Assert.Equal(input, chunks.SelectMany(c => c.Bytes).ToArray());
        Assert.All(chunks, c => Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(c.Bytes)));
    }

    [Fact]
    public void Utf16_chunks_each_start_with_the_byte_order_mark()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"第{i}行\n"));
        byte[] input = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
        var reader = new LineChunkReader(input, input.Length, Stream.Null, 64);
        var decoded = new StringBuilder();
        foreach (var chunk in reader.ReadChunks())
        {
            Assert.True(chunk.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]));
            decoded.Append(Encoding.Unicode.GetString(chunk.Span[2..]));
            ArrayPool<byte>.Shared.Return(chunk.Buffer);
        }
        Assert.Equal(text, decoded.ToString());
    }

    [Fact]
    public void A_large_input_normalized_in_chunks_equals_the_whole_when_no_step_looks_across_lines()
    {
        // Boilerplate and the script decision look at the whole document; the other steps work line by line.
        var text = string.Concat(Enumerable.Repeat(Samples.Article + "一行很长的文字" + new string('字', 700) + " ,结束!!\n", 40));
        var whole = CliHost.Pipe(text, "normalize", "--no-boilerplate", "--script", "none", "-q");
        var chunked = CliHost.Pipe(text, "normalize", "--no-boilerplate", "--script", "none", "-q", "--chunk-threshold", "4K", "--chunk-size", "1K", "--threads", "3");
        Assert.Equal(0, chunked.ExitCode);
        Assert.Equal(whole.Stdout, chunked.Stdout);
    }

    [Fact]
    public void Large_files_in_a_directory_are_chunked_too()
    {
        using var dir = new TempDir();
        var text = string.Concat(Enumerable.Repeat(Samples.Clean, 500));
        dir.Write("in/big.txt", text);
        dir.Write("in/small.txt", Samples.Clean);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "--chunk-threshold", "4K", "--chunk-size", "1K", "--metadata", "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(text, File.ReadAllText(dir["out/big.txt"]));
        Assert.True(File.Exists(dir["out/big.txt.meta.json"]));
    }

    [Fact]
    public void Binary_sniffer_tells_text_from_binary()
    {
        Assert.Null(BinarySniffer.Detect(Encoding.UTF8.GetBytes(Samples.Article)));
        Assert.Null(BinarySniffer.Detect([]));
        Assert.Null(BinarySniffer.Detect([0xFE, 0xFF, 0, (byte)'a']));
        Assert.NotNull(BinarySniffer.Detect([0x1F, 0x8B, 8, 0]));
        Assert.NotNull(BinarySniffer.Detect([(byte)'a', 0, (byte)'b']));
    }
}
