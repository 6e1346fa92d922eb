using System.Text;
using System.Text.Json;

namespace TextNorm.Cli.Tests;

public class NormalizeStdinTests
{
    [Fact]
    public void Stdin_to_stdout_gives_the_same_text_as_the_library()
    {
        var r = CliHost.Pipe(Samples.Article, "normalize", "--no-progress");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(TextNormalizer.Default.Normalize(Encoding.UTF8.GetBytes(Samples.Article)), r.Stdout);
    }

    [Fact]
    public void A_dash_means_stdin()
    {
        var r = CliHost.Pipe(Samples.Clean, "normalize", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(Samples.Clean, r.Stdout);
    }

    [Fact]
    public void Clean_text_passes_through_unchanged()
    {
        var r = CliHost.Pipe(Samples.Clean, "normalize", "-q");
        Assert.Equal(Samples.Clean, r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Empty_stdin_gives_empty_output()
    {
        var r = CliHost.Pipe("", "normalize");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void The_summary_on_stderr_counts_documents_and_errors()
    {
        var r = CliHost.Pipe(Samples.Clean, "normalize", "--no-progress");
        Assert.Contains("textnorm: 1 documents", r.Stderr);
        Assert.Contains("0 errors", r.Stderr);
    }

    [Fact]
    public void Stdin_with_output_file_writes_it_and_its_metadata()
    {
        using var dir = new TempDir();
        var r = CliHost.Pipe(Samples.Article, "normalize", "-o", dir["clean.txt"], "--metadata", "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Equal(TextNormalizer.Default.Normalize(Samples.Article), File.ReadAllText(dir["clean.txt"]));
        Assert.Equal(["clean.txt", "clean.txt.meta.json"], dir.Files());
    }

    [Fact]
    public void Binary_stdin_is_skipped_with_a_warning()
    {
        var r = CliHost.Pipe([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 1, 2], "normalize");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains("textnorm: warning: <stdin>: binary file (PNG image), skipped", r.Stderr);
    }

    [Fact]
    public void A_forced_encoding_decodes_gb18030()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("gb18030").GetBytes(Samples.Clean);
        var r = CliHost.Pipe(gb, "normalize", "--encoding", "gb18030", "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(Samples.Clean, r.Stdout);
    }

    [Fact]
    public void Report_of_a_stdin_run_is_json_with_counts()
    {
        using var dir = new TempDir();
        var r = CliHost.Pipe(Samples.Article, "normalize", "--report", dir["r/report.json"], "--report-documents", "-q");
        Assert.Equal(0, r.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(dir["r/report.json"]));
        var root = report.RootElement;
        Assert.Equal("normalize", root.GetProperty("command").GetString());
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(Encoding.UTF8.GetByteCount(Samples.Article), root.GetProperty("bytesIn").GetInt64());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("changes").ValueKind);
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Equal("<stdin>", root.GetProperty("documentsDetail")[0].GetProperty("file").GetString());
    }
}
