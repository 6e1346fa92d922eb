using System.Diagnostics;
using System.Text;

namespace TextNorm.Cli.Tests;

/// <summary>Standard output closed by its reader (<c>textnorm ... | head -1</c>): stop at once, one line, exit code 1.</summary>
public class ClosedOutputTests
{
    /// <summary>A pipe whose reader has gone: every write fails the way a write to a closed pipe does.</summary>
    private sealed class ClosedPipe : MemoryStream
    {
        public int WriteAttempts { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            WriteAttempts++;
            throw new IOException("Broken pipe", 32);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }

    private static (int ExitCode, string Stderr, int WriteAttempts) RunInto(ClosedPipe stdout, byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var error = new StringWriter();
        var code = Cli.RunAsync(args, input, stdout, error).GetAwaiter().GetResult();
        return (code, error.ToString(), stdout.WriteAttempts);
    }

    private static void AssertStoppedWithOneLine(int exitCode, string stderr, int writeAttempts)
    {
        Assert.Equal(1, exitCode);
        var errors = stderr.Split('\n').Where(l => l.StartsWith("textnorm: error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["textnorm: error: <stdout>: the reader closed the pipe (broken pipe); stopped"], errors);
        Assert.DoesNotContain("internal error", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
        Assert.Equal(1, writeAttempts); // it did not go on writing into the closed pipe
    }

    [Fact]
    public void Directory_to_a_closed_stdout_stops_at_the_first_write_instead_of_failing_every_file()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 200; i++) dir.Write($"in/{i:D3}.txt", string.Concat(Enumerable.Repeat(Samples.Article, 40)));
        using var stdout = new ClosedPipe();
        var (code, stderr, writes) = RunInto(stdout, [], "normalize", dir["in"], "--threads", "2", "--no-progress");
        AssertStoppedWithOneLine(code, stderr, writes);
    }

    [Fact]
    public void Jsonl_files_to_a_closed_stdout_stop_at_the_first_write()
    {
        using var dir = new TempDir();
        var records = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"id\":{i},\"text\":\"第{i}段\\n正文\"}}\n"));
        for (var i = 0; i < 3; i++) dir.Write($"in/{i}.jsonl", records);
        using var stdout = new ClosedPipe();
        var (code, stderr, writes) = RunInto(stdout, [], "normalize", "--jsonl", dir["in"], "--no-progress");
        AssertStoppedWithOneLine(code, stderr, writes);
    }

    [Fact]
    public void Convert_to_a_closed_stdout_stops_at_the_first_write()
    {
        using var stdout = new ClosedPipe();
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("這是一個測試。\n", 100_000)));
        var (code, stderr, writes) = RunInto(stdout, input, "convert", "-c", "t2s", "--chunk-size", "64K");
        AssertStoppedWithOneLine(code, stderr, writes);
    }

    [Fact]
    public async Task Real_pipe_closed_by_its_reader_ends_an_endless_jsonl_filter()
    {
        if (OperatingSystem.IsWindows()) return; // the Unix file-descriptor path is what is under test
        using var dir = new TempDir();
        using var process = Process.Start(CliHost.StartInfo(dir.Path, "normalize", "--jsonl", "--no-progress"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        // An endless producer, like `yes | textnorm ... | head -1`: it only stops when textnorm has gone.
        var feed = Task.Run(() =>
        {
            var record = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 500).Select(i => $"{{\"id\":{i},\"text\":\"{Samples.Article.Replace("\n", "\\n")}\"}}\n")));
            try
            {
                while (!process.HasExited) process.StandardInput.BaseStream.Write(record);
            }
            catch (IOException) { } // textnorm exited: its stdin is closed
        });
        var first = await process.StandardOutput.ReadLineAsync();
        Assert.StartsWith("{\"id\":0,", first);
        process.StandardOutput.Close(); // what `head -1` does after its line
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120)); // a hang guard, not a speed check
        await process.WaitForExitAsync(timeout.Token);
        await feed;
        Assert.Equal(1, process.ExitCode);
        var text = await stderr;
        Assert.Contains("textnorm: error: <stdout>: the reader closed the pipe (broken pipe); stopped", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Output_redirected_to_a_file_shared_with_other_commands_is_not_overwritten_by_them()
    {
        if (OperatingSystem.IsWindows()) return; // a POSIX shell's shared file offset is what is under test
        using var dir = new TempDir();
        dir.Write("in.txt", "測試文本\n");
        var (exitCode, stderr) = CliHost.RunInShell(dir.Path, "{ echo header; \"$0\" \"$1\" normalize -q < in.txt; echo trailer; } > out.txt");
        Assert.Equal(0, exitCode);
        Assert.Equal("header\n测试文本\ntrailer\n", File.ReadAllText(dir["out.txt"]));
        Assert.Equal("", stderr);
    }

    [Theory]
    [InlineData("normalize -q < in.txt > /dev/full")]
    [InlineData("normalize --jsonl -q < in.jsonl > /dev/full")]
    public void A_full_disk_behind_stdout_gives_one_clear_line_and_exit_code_1(string command)
    {
        if (!File.Exists("/dev/full")) return; // Linux: every write to /dev/full fails with "no space left on device"
        using var dir = new TempDir();
        dir.Write("in.txt", "測試文本\n");
        dir.Write("in.jsonl", "{\"text\":\"測試文本\"}\n");
        var (exitCode, stderr) = CliHost.RunInShell(dir.Path, "\"$0\" \"$1\" " + command);
        Assert.Equal(1, exitCode);
        Assert.Equal("textnorm: error: <stdout>: cannot write: no space left on device; stopped\n", stderr);
    }
}
