using System.Diagnostics;
using System.Text;

namespace TextNorm.Cli.Tests;

/// <summary>The outcome of one textnorm run.</summary>
internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs textnorm in-process (through <see cref="Cli.RunAsync(string[], Stream, Stream, TextWriter, CancellationToken)"/>) or as a real process.</summary>
internal static class CliHost
{
    public static CliResult Run(params string[] args) => Pipe(Array.Empty<byte>(), args);

    public static CliResult Pipe(string stdin, params string[] args) => Pipe(Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult Pipe(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var code = Cli.RunAsync(args, input, output, error).GetAwaiter().GetResult();
        return new CliResult(code, output.ToArray(), error.ToString());
    }

    /// <summary>The built textnorm: <c>TextNorm.Cli.dll</c> beside the tests, started with the dotnet host.</summary>
    public static string CliDll => Path.Join(AppContext.BaseDirectory, "TextNorm.Cli.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    public static CliResult RunProcess(string workingDirectory, byte[] stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("textnorm did not finish");
        }
        copyOut.GetAwaiter().GetResult();
        return new CliResult(process.ExitCode, stdout.ToArray(), readErr.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Runs a POSIX shell script in <paramref name="workingDirectory"/> in which <c>"$0" "$1"</c> starts textnorm (the
    /// dotnet host and the CLI), for redirections only a shell makes. Returns the exit code and stderr.
    /// </summary>
    public static (int ExitCode, string Stderr) RunInShell(string workingDirectory, string script)
    {
        var info = new ProcessStartInfo("sh") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(DotnetHost);
        info.ArgumentList.Add(CliDll);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000)) // a hang guard, not a speed check
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("textnorm did not finish");
        }
        return (process.ExitCode, stderr);
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>A fresh directory under the system temporary directory, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "textnorm-cli-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Join(Path, relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Every file under the directory, as sorted relative paths with '/' separators.</summary>
    public string[] Files(string relative = "") =>
        Directory.Exists(this[relative])
            ? [.. Directory.EnumerateFiles(this[relative], "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(this[relative], f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Short texts in the style of the seeds.</summary>
internal static class Samples
{
    public const string Article = "吉县吹响脱贫攻坚“冲锋号”\n　　近日，吉县召开会议 ,部署脱贫攻坚工作!!\n记者 陈健翔\n";

    public const string Clean = "吉县召开会议，部署脱贫攻坚工作。\n";

    public static string SeedsDirectory => Path.Join(AppContext.BaseDirectory, "seeds");
}
