using System.Text;
using TextNorm.Cli.IO;

namespace TextNorm.Cli.Tests;

/// <summary>Whole-file atomic writes (directory mode's outputs): unnamed temporary files on Linux, named ones elsewhere.</summary>
public class AtomicWriteTests
{
    private static string[] AllEntries(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Writes_the_bytes_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        AtomicFileWriter.WriteAllBytes(dir["a.txt"], "正文\n"u8, new TempFileRegistry());
        Assert.Equal("正文\n", File.ReadAllText(dir["a.txt"]));
        Assert.Equal(["a.txt"], AllEntries(dir.Path));
    }

    [Fact]
    public void Unnamed_temporary_files_are_used_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return; // the Linux-only path is what is under test
        using var dir = new TempDir();
        Assert.True(UnnamedTempFile.TryWriteAllBytes(dir["b.txt"], [1, 2, 3]));
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(dir["b.txt"]));
        Assert.Equal(["b.txt"], AllEntries(dir.Path));
    }

    [Fact]
    public void An_existing_output_is_replaced_whole()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", new string('x', 10_000));
        AtomicFileWriter.WriteAllBytes(dir["a.txt"], "短\n"u8, null);
        Assert.Equal("短\n", File.ReadAllText(dir["a.txt"]));
        Assert.Equal(["a.txt"], AllEntries(dir.Path));
    }

    [Fact]
    public void An_output_name_that_is_a_link_to_another_file_never_writes_into_that_file()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic and hard links as on Unix
        using var dir = new TempDir();
        var victim = dir.Write("victim.txt", "do not touch\n");
        Directory.CreateDirectory(dir["out"]);
        File.CreateSymbolicLink(dir["out/sym.txt"], victim);
        using (var ln = System.Diagnostics.Process.Start("ln", [victim, dir["out/hard.txt"]])) ln.WaitForExit();
        Assert.True(File.Exists(dir["out/hard.txt"]));

        AtomicFileWriter.WriteAllBytes(dir["out/sym.txt"], "new\n"u8, null);
        AtomicFileWriter.WriteAllBytes(dir["out/hard.txt"], "new\n"u8, null);

        Assert.Equal("do not touch\n", File.ReadAllText(victim));
        Assert.Null(new FileInfo(dir["out/sym.txt"]).LinkTarget); // the link itself was replaced
        Assert.Equal("new\n", File.ReadAllText(dir["out/sym.txt"]));
        Assert.Equal("new\n", File.ReadAllText(dir["out/hard.txt"]));
        Assert.Equal(["hard.txt", "sym.txt"], AllEntries(dir["out"]));
    }

    [Fact]
    public void A_missing_directory_is_an_io_error_not_a_silent_success()
    {
        using var dir = new TempDir();
        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.WriteAllBytes(dir["missing/a.txt"], Encoding.UTF8.GetBytes("x"), null));
        Assert.False(File.Exists(dir["missing/a.txt"]));
    }
}
