namespace TextNorm.Cli.Tests;

public class UsageTests
{
    [Fact]
    public void Main_help_lists_the_commands_and_the_exit_codes()
    {
        var r = CliHost.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("textnorm normalize", r.Stdout);
        Assert.Contains("textnorm convert", r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Contains("2    usage error", r.Stdout);
    }

    [Fact]
    public void Normalize_help_describes_every_option()
    {
        var r = CliHost.Run("normalize", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var option in new[] { "--output", "--metadata", "--report", "--jsonl", "--field", "--on-error", "--threads", "--fail-fast", "--skip-existing", "--no-progress" })
            Assert.Contains(option, r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Convert_help_lists_the_presets()
    {
        var r = CliHost.Run("convert", "-h");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("t2s, tw2s", r.Stdout);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var r = CliHost.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^textnorm \d+\.\d+\.\d+", r.Stdout);
    }

    [Theory]
    [InlineData(new string[0], "missing command")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "normalize", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "normalize", "--threads", "zero" }, "--threads")]
    [InlineData(new[] { "normalize", "--threads" }, "needs a value")]
    [InlineData(new[] { "normalize", "--on-error", "skip" }, "apply to --jsonl")]
    [InlineData(new[] { "normalize", "--jsonl", "--on-error", "ignore" }, "--on-error")]
    [InlineData(new[] { "normalize", "--metadata" }, "--metadata needs -o")]
    [InlineData(new[] { "normalize", "--encoding", "klingon" }, "unknown encoding")]
    [InlineData(new[] { "normalize", "--script", "x2y" }, "--script")]
    [InlineData(new[] { "convert" }, "--config PRESET is required")]
    public void Usage_errors_exit_2_with_one_error_line_and_a_hint(string[] args, string expected)
    {
        var r = CliHost.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("textnorm: error: ", r.StderrLines[0]);
        Assert.Contains(expected, r.StderrLines[0]);
        Assert.StartsWith("Try 'textnorm", r.StderrLines[1]);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Unknown_preset_is_a_usage_error_that_lists_the_presets()
    {
        var r = CliHost.Pipe("x", "convert", "--config", "x2y");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown preset 'x2y'", r.Stderr);
        Assert.Contains("t2s", r.Stderr);
        Assert.Contains("hk2s", r.Stderr);
    }
}
