using System.Diagnostics;
using System.Text;

namespace TextNorm.Cli.Tests;

/// <summary>Runs the built textnorm as a real process: the console streams, exit codes and signals are the real ones.</summary>
public class OutOfProcessTests
{
    [Fact]
    public void Stdin_to_stdout_as_a_unix_filter()
    {
        using var dir = new TempDir();
        var r = CliHost.RunProcess(dir.Path, Encoding.UTF8.GetBytes(Samples.Article), "normalize", "--no-progress");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(TextNormalizer.Default.Normalize(Encoding.UTF8.GetBytes(Samples.Article)), r.Stdout);
        Assert.Contains("textnorm: 1 documents", r.Stderr);
    }

    [Fact]
    public void Jsonl_filter_keeps_one_record_per_line()
    {
        using var dir = new TempDir();
        var input = string.Concat(Enumerable.Range(0, 1000).Select(i => $"{{\"id\":{i},\"text\":\"第{i}段\\n正文\"}}\n"));
        var r = CliHost.RunProcess(dir.Path, Encoding.UTF8.GetBytes(input), "normalize", "--jsonl", "--threads", "4", "-q");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(1001, lines.Length);
        for (var i = 0; i < 1000; i++) Assert.StartsWith($"{{\"id\":{i},", lines[i]);
    }

    [Fact]
    public void Exit_codes_are_0_1_and_2()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", Samples.Clean);
        Assert.Equal(0, CliHost.RunProcess(dir.Path, [], "normalize", "a.txt", "-o", "out", "-q").ExitCode);
        var missing = CliHost.RunProcess(dir.Path, [], "normalize", "nope.txt", "-o", "out", "-q");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("textnorm: error: nope.txt: no such file or directory", missing.Stderr.TrimEnd());
        Assert.Equal(2, CliHost.RunProcess(dir.Path, [], "normalize", "--nope").ExitCode);
        Assert.Equal(2, CliHost.RunProcess(dir.Path, [], "convert", "--config", "nope").ExitCode);
    }

    [Fact]
    public void Version_and_help_work_from_the_real_binary()
    {
        using var dir = new TempDir();
        var version = CliHost.RunProcess(dir.Path, [], "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("textnorm ", version.Stdout);
        var help = CliHost.RunProcess(dir.Path, [], "normalize", "--help");
        Assert.Contains("Exit codes:", help.Stdout);
    }

    [Fact]
    public async Task Sigterm_leaves_no_partial_output_and_exits_130()
    {
        if (OperatingSystem.IsWindows()) return; // POSIX signals: the behaviour under test does not exist there
        using var dir = new TempDir();
        using var process = Process.Start(CliHost.StartInfo(dir.Path, "normalize", "-o", "clean.txt", "--no-progress", "--chunk-threshold", "4K", "--chunk-size", "1K"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        // Feed a document slowly and never close stdin: the run is mid-way when the signal comes.
        var line = Encoding.UTF8.GetBytes(Samples.Article);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateFiles(dir.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }).Any() && DateTime.UtcNow < deadline)
        {
            process.StandardInput.BaseStream.Write(line);
            process.StandardInput.BaseStream.Flush();
            await Task.Delay(50);
        }
        Assert.NotEmpty(Directory.EnumerateFiles(dir.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(130, process.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }));
        Assert.Contains("interrupted", await stderr);
    }
}
