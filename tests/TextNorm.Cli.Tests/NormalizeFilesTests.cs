using System.Text;
using System.Text.Json;

namespace TextNorm.Cli.Tests;

public class NormalizeFilesTests
{
    private static string Normalized(string text) => TextNormalizer.Default.Normalize(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_directory_is_mirrored_under_the_output_directory()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", Samples.Article);
        dir.Write("in/sub/b.txt", Samples.Clean);
        dir.Write("in/sub/deeper/c.txt", "第三篇\n");
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "--threads", "3");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["a.txt", "sub/b.txt", "sub/deeper/c.txt"], dir.Files("out"));
        Assert.Equal(Normalized(Samples.Article), File.ReadAllText(dir["out/a.txt"]));
        Assert.Equal(Samples.Clean, File.ReadAllText(dir["out/sub/b.txt"]));
    }

    [Fact]
    public void A_file_given_directly_goes_to_its_name_under_the_output_directory()
    {
        using var dir = new TempDir();
        dir.Write("deep/inside/x.txt", Samples.Clean);
        var r = CliHost.Run("normalize", dir["deep/inside/x.txt"], "-o", dir["out"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["x.txt"], dir.Files("out"));
    }

    [Fact]
    public void Seeds_with_metadata_get_meta_json_files_with_the_gold_fields()
    {
        using var dir = new TempDir();
        var r = CliHost.Run("normalize", Samples.SeedsDirectory, "-o", dir["out"], "--metadata", "-q");
        Assert.Equal(0, r.ExitCode);
        var seeds = Directory.GetFiles(Samples.SeedsDirectory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, seeds.Length);
        Assert.Equal(seeds.SelectMany(s => new[] { s!, s + ".meta.json" }).Order(StringComparer.Ordinal), dir.Files("out"));
        Assert.Contains("000_08e74f59ba7f2c17.txt.meta.json", dir.Files("out"));
        foreach (var seed in seeds)
        {
            var json = File.ReadAllText(dir[$"out/{seed}.meta.json"]);
            using var meta = JsonDocument.Parse(json);
            Assert.Equal(["title", "published", "source", "authors", "editors"], meta.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Array, meta.RootElement.GetProperty("authors").ValueKind);
            Assert.Equal(JsonValueKind.Array, meta.RootElement.GetProperty("editors").ValueKind);
            Assert.StartsWith("{\n  \"title\": ", json);
            Assert.EndsWith("}\n", json);
        }
    }

    [Fact]
    public void Metadata_json_keeps_chinese_unescaped()
    {
        var bytes = Reporting.JsonOutput.MetadataFile(new DocumentMetadata { Title = "加强“三基建设”服务", Source = "临汾新闻网", Authors = ["王小庚"] });
        Assert.Equal("""
            {
              "title": "加强“三基建设”服务",
              "published": null,
              "source": "临汾新闻网",
              "authors": [
                "王小庚"
              ],
              "editors": []
            }

            """.Replace("\r\n", "\n"), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Without_output_directory_files_are_concatenated_on_stdout_in_order()
    {
        using var dir = new TempDir();
        dir.Write("in/1.txt", "第一篇\n");
        dir.Write("in/2.txt", "第二篇\n");
        dir.Write("in/3.txt", "第三篇\n");
        var r = CliHost.Run("normalize", dir["in"], "--threads", "4");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("第一篇\n第二篇\n第三篇\n", r.Stdout);
    }

    [Fact]
    public void Report_sums_the_run_and_lists_errors_with_their_file()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", Samples.Article);
        dir.Write("in/b.txt", Samples.Clean);
        var missing = dir["nope.txt"];
        var r = CliHost.Run("normalize", dir["in"], missing, "-o", dir["out"], "--report", dir["report.json"], "-q");
        Assert.Equal(1, r.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(dir["report.json"]));
        var root = report.RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.Equal(Encoding.UTF8.GetByteCount(Samples.Article + Samples.Clean), root.GetProperty("bytesIn").GetInt64());
        Assert.Equal(1, root.GetProperty("errorCount").GetInt32());
        var error = root.GetProperty("errors")[0];
        Assert.Equal(missing, error.GetProperty("file").GetString());
        Assert.Equal("no such file or directory", error.GetProperty("message").GetString());
    }

    [Fact]
    public void Missing_path_is_one_error_line_and_the_other_inputs_are_still_done()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", Samples.Clean);
        var r = CliHost.Run("normalize", dir["missing.txt"], dir["a.txt"], "-o", dir["out"], "-q");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal([$"textnorm: error: {dir["missing.txt"]}: no such file or directory"], r.StderrLines);
        Assert.Equal(["a.txt"], dir.Files("out"));
    }

    [Fact]
    public void Fail_fast_stops_at_the_first_failed_input()
    {
        using var dir = new TempDir();
        var paths = new List<string> { "normalize", dir["missing.txt"] };
        for (var i = 0; i < 600; i++) paths.Add(dir.Write($"in/{i:000}.txt", Samples.Clean));
        var r = CliHost.Run([.. paths, "-o", dir["out"], "--fail-fast", "--threads", "1", "-q"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("stopped after the first error", r.Stderr);
        Assert.Single(r.StderrLines, l => l.StartsWith("textnorm: error:", StringComparison.Ordinal));
        // Inputs already in flight when the error surfaced (at most the batches read ahead) may be finished; the rest
        // are not started.
        var inFlight = Processing.OrderedPipeline.Capacity(1) * Processing.TextProcessor.FilesPerBatch;
        Assert.True(inFlight < 600);
        Assert.InRange(dir.Files("out").Length, 0, inFlight);
    }

    [Fact]
    public void Binary_files_are_skipped_with_a_warning_and_empty_files_give_empty_outputs()
    {
        using var dir = new TempDir();
        dir.Write("in/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        dir.Write("in/nul.txt", [(byte)'a', 0, (byte)'b']);
        dir.Write("in/empty.txt", []);
        dir.Write("in/text.txt", Samples.Clean);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["empty.txt", "text.txt"], dir.Files("out"));
        Assert.Empty(File.ReadAllBytes(dir["out/empty.txt"]));
        Assert.Contains($"textnorm: warning: {Path.Join(dir["in"], "nul.txt")}: binary file (contains NUL bytes), skipped", r.StderrLines);
        Assert.Contains($"textnorm: warning: {Path.Join(dir["in"], "photo.jpg")}: binary file (JPEG image), skipped", r.StderrLines);
    }

    [Fact]
    public void Utf16_text_with_a_bom_is_not_taken_for_binary()
    {
        using var dir = new TempDir();
        dir.Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Samples.Clean)]);
        var r = CliHost.Run("normalize", dir["u16.txt"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(Samples.Clean, r.Stdout);
    }

    [Fact]
    public void An_output_directory_holding_an_input_is_refused_before_anything_is_written()
    {
        using var dir = new TempDir();
        var input = dir.Write("a.txt", Samples.Article);
        var r = CliHost.Run("normalize", input, "-o", dir.Path, "-q");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("lies inside the output directory", r.StderrLines[0]);
        Assert.Equal(Samples.Article, File.ReadAllText(input));
        Assert.Equal(["a.txt"], dir.Files());
    }

    [Fact]
    public void The_output_planner_refuses_an_output_that_is_the_input_itself()
    {
        // A backstop below the command-line check: even a planner handed such a pair refuses it.
        using var dir = new TempDir();
        var input = dir.Write("a.txt", Samples.Article);
        var planner = new IO.OutputPlanner(dir.Path, detectCollisions: false);
        var file = new IO.InputFile(input, "a.txt", "a.txt", IO.PathSafety.RealPath(input), 1);
        var output = planner.OutputFor(file);
        var e = Assert.Throws<IO.UnsafeOutputException>(() => planner.Prepare(file, output));
        Assert.Contains("refusing to overwrite the input file", e.Message);
    }

    [Fact]
    public void An_output_directory_inside_the_input_directory_is_a_usage_error()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", Samples.Article);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["in/out"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("lies inside the input directory", r.Stderr);
        Assert.False(Directory.Exists(dir["in/out"]));
    }

    [Fact]
    public void Outputs_are_written_atomically_and_no_temporary_file_is_left()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 20; i++) dir.Write($"in/{i:00}.txt", Samples.Article);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "--metadata", "--threads", "4", "-q");
        Assert.Equal(0, r.ExitCode);
        var files = Directory.GetFiles(dir["out"], "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true });
        Assert.Equal(40, files.Length);
        Assert.DoesNotContain(files, f => f.EndsWith(IO.AtomicFileWriter.TempSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_directory_that_cannot_be_created_is_one_error_line()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", Samples.Clean);
        var blocker = dir.Write("blocker", "a regular file");
        var r = CliHost.Run("normalize", dir["a.txt"], "-o", Path.Join(blocker, "out"), "-q");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StderrLines);
        Assert.StartsWith($"textnorm: error: {Path.Join(blocker, "out")}: cannot create output directory", line);
        Assert.Contains("is a file, not a directory", line);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_run_goes_on()
    {
        // /proc/self/mem fails to read even for root; elsewhere, a file without read permission.
        using var dir = new TempDir();
        dir.Write("ok.txt", Samples.Clean);
        string unreadable;
        if (File.Exists("/proc/self/mem"))
        {
            unreadable = "/proc/self/mem";
        }
        else
        {
            unreadable = dir.Write("locked.txt", Samples.Clean);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }
        var r = CliHost.Run("normalize", unreadable, dir["ok.txt"], "-o", dir["out"], "-q");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StderrLines);
        Assert.StartsWith($"textnorm: error: {unreadable}: cannot read", line);
        Assert.Contains("ok.txt", dir.Files("out"));
    }

    [Fact]
    public void Skip_existing_leaves_finished_outputs_alone_and_does_the_rest()
    {
        using var dir = new TempDir();
        dir.Write("in/a.txt", Samples.Article);
        dir.Write("in/b.txt", Samples.Article);
        dir.Write("out/a.txt", "already done\n");
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "--skip-existing", "--report", dir["r.json"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("already done\n", File.ReadAllText(dir["out/a.txt"]));
        Assert.Equal(Normalized(Samples.Article), File.ReadAllText(dir["out/b.txt"]));
        using var report = JsonDocument.Parse(File.ReadAllText(dir["r.json"]));
        Assert.Equal(1, report.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Symbolic_links_leaving_the_input_directory_are_not_followed()
    {
        using var dir = new TempDir();
        dir.Write("secret.txt", "机密\n");
        dir.Write("in/a.txt", Samples.Clean);
        File.CreateSymbolicLink(dir["in/escape.txt"], dir["secret.txt"]);
        File.CreateSymbolicLink(dir["in/inside.txt"], dir["in/a.txt"]);
        Directory.CreateSymbolicLink(dir["in/up"], dir.Path);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["a.txt", "inside.txt"], dir.Files("out"));
        Assert.Contains("symbolic link points outside the input directory, not followed", r.Stderr);
        Assert.Contains("symbolic link to a directory, not followed", r.Stderr);
    }

    [Fact]
    public void A_symbolic_link_planted_in_the_output_directory_cannot_redirect_writes()
    {
        using var dir = new TempDir();
        dir.Write("in/sub/a.txt", Samples.Clean);
        Directory.CreateDirectory(dir["elsewhere"]);
        Directory.CreateDirectory(dir["out"]);
        Directory.CreateSymbolicLink(dir["out/sub"], dir["elsewhere"]);
        var r = CliHost.Run("normalize", dir["in"], "-o", dir["out"], "-q");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("symbolic link that leaves", r.Stderr);
        Assert.Empty(dir.Files("elsewhere"));
    }

    [Fact]
    public void Dot_dot_in_a_given_path_does_not_move_the_output_outside_the_output_directory()
    {
        using var dir = new TempDir();
        dir.Write("a/b/x.txt", Samples.Clean);
        var r = CliHost.Run("normalize", Path.Join(dir["a/b"], "..", "b", "x.txt"), "-o", dir["out"], "-q");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["x.txt"], dir.Files("out"));
        Assert.True(IO.PathSafety.CouldEscape(Path.Join("..", "x.txt")));
        Assert.False(IO.PathSafety.CouldEscape(Path.Join("sub", "x..y.txt")));
    }

    [Fact]
    public void Two_inputs_with_the_same_output_are_not_silently_merged()
    {
        using var dir = new TempDir();
        dir.Write("one/x.txt", "第一\n");
        dir.Write("two/x.txt", "第二\n");
        var r = CliHost.Run("normalize", dir["one/x.txt"], dir["two/x.txt"], "-o", dir["out"], "--threads", "1", "-q");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("is already written for", r.Stderr);
        Assert.Equal("第一\n", File.ReadAllText(dir["out/x.txt"]));
    }
}
