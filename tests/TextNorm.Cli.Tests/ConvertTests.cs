using System.Text;
using TextNorm.Conversion;

namespace TextNorm.Cli.Tests;

public class ConvertTests
{
    private const string Traditional = "隨著經濟發展，顯著提高。\r\n第二行 保留  空格\n\n最後一行沒有換行";

    [Fact]
    public void Stdin_to_stdout_is_the_converter_output_and_nothing_else()
    {
        var r = CliHost.Pipe(Traditional, "convert", "--config", "t2s", "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(OpenCcConverter.FromPreset("t2s").Convert(Traditional), r.Stdout);
        Assert.Contains("\r\n第二行 保留  空格\n\n", r.Stdout);
        Assert.False(r.Stdout.EndsWith('\n'), "no line break is added at the end");
    }

    [Fact]
    public void Small_chunks_and_many_threads_give_the_same_bytes_as_one_piece()
    {
        var text = string.Concat(Enumerable.Repeat(Traditional + "\n", 500));
        var whole = CliHost.Pipe(text, "convert", "-c", "tw2s", "-q", "--threads", "1");
        var chunked = CliHost.Pipe(text, "convert", "-c", "tw2s", "-q", "--threads", "4", "--chunk-size", "300");
        Assert.Equal(whole.StdoutBytes, chunked.StdoutBytes);
        Assert.Equal(Encoding.UTF8.GetBytes(OpenCcConverter.FromPreset("tw2s").Convert(text)), whole.StdoutBytes);
    }

    [Fact]
    public void A_bom_passes_through()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("中文\n")];
        var r = CliHost.Pipe(input, "convert", "-c", "t2s", "-q");
        Assert.Equal([0xEF, 0xBB, 0xBF], r.StdoutBytes[..3]);
    }

    [Fact]
    public void OpenCC_style_config_file_names_are_accepted()
    {
        Assert.Equal(0, CliHost.Pipe("中文\n", "convert", "-c", "t2s.json", "-q").ExitCode);
    }

    [Fact]
    public void Directories_are_converted_to_the_output_directory()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", Traditional);
        dir.Write("in/sub/b.txt", Traditional);
        var r = CliHost.Run("convert", "-c", "t2s", dir["in"], "-o", dir["out"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["a.txt", "sub/b.txt"], dir.Files("out"));
        Assert.Equal(OpenCcConverter.FromPreset("t2s").Convert(Traditional), File.ReadAllText(dir["out/sub/b.txt"]));
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_a_warning()
    {
        var r = CliHost.Pipe([0xE4, 0xB8, (byte)'\n'], "convert", "-c", "t2s", "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("not valid UTF-8", r.Stderr);
    }
}
