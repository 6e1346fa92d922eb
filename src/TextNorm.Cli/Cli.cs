using System.Reflection;
using TextNorm.Cli.CommandLine;
using TextNorm.Cli.Commands;
using TextNorm.Cli.IO;
using TextNorm.Cli.Reporting;

namespace TextNorm.Cli;

/// <summary>
/// The <c>textnorm</c> command line, runnable in-process: parses the arguments, runs the command against the given
/// standard streams, prints diagnostics and the summary on stderr, writes the report, and returns the exit code
/// (<see cref="ExitCodes"/>). Program.cs only connects it to the console and to Ctrl-C / SIGTERM.
/// </summary>
internal sealed class Cli
{
    private readonly Stream _stdin;
    private readonly Stream _stdout;
    private readonly TextWriter _stderr;

    public Cli(Stream stdin, Stream stdout, TextWriter stderr)
    {
        _stdin = stdin;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>The tool's version (the assembly's informational version without the commit hash).</summary>
    public static string Version { get; } =
        (typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>True when stderr is a terminal (a progress bar may be drawn there).</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Temporary output files not yet committed (deleted if the process must exit at once).</summary>
    public TempFileRegistry Temps { get; } = new();

    /// <summary>Runs one command line in-process.</summary>
    public static Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        new Cli(stdin, stdout, stderr).RunAsync(args, cancellationToken);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var command = args.Length > 0 ? args[0] : null;
        try
        {
            switch (command)
            {
                case null:
                    throw new UsageException("missing command (normalize or convert)");
                case "-h" or "--help" or "help":
                    if (args.Length > 1 && args[0] == "help") return await RunAsync([args[1], "--help"], cancellationToken).ConfigureAwait(false);
                    await WriteStdoutAsync(MainHelp).ConfigureAwait(false);
                    return ExitCodes.Ok;
                case "-V" or "--version" or "version":
                    await WriteStdoutAsync($"textnorm {Version}\n").ConfigureAwait(false);
                    return ExitCodes.Ok;
                case "normalize":
                {
                    var parsed = ArgumentParser.Parse(args[1..], NormalizeCommand.Options);
                    if (parsed.Has("help"))
                    {
                        await WriteStdoutAsync(NormalizeCommand.Help).ConfigureAwait(false);
                        return ExitCodes.Ok;
                    }
                    var settings = NormalizeCommand.Parse(parsed);
                    return await ExecuteAsync("normalize", settings.Report, settings.ReportDocuments, settings.Progress, settings.Quiet, settings.Paths,
                        context => NormalizeCommand.RunAsync(settings, context), cancellationToken).ConfigureAwait(false);
                }
                case "convert":
                {
                    var parsed = ArgumentParser.Parse(args[1..], ConvertCommand.Options);
                    if (parsed.Has("help"))
                    {
                        await WriteStdoutAsync(ConvertCommand.Help).ConfigureAwait(false);
                        return ExitCodes.Ok;
                    }
                    var settings = ConvertCommand.Parse(parsed);
                    return await ExecuteAsync("convert", null, false, settings.Quiet ? "none" : "auto", settings.Quiet, settings.Paths,
                        context => ConvertCommand.RunAsync(settings, context), cancellationToken).ConfigureAwait(false);
                }
                default:
                    throw new UsageException(command.StartsWith('-') ? $"unknown option '{command}' (options go after the command)" : $"unknown command '{command}'");
            }
        }
        catch (UsageException e)
        {
            var helpFor = command is "normalize" or "convert" ? $"textnorm {command} --help" : "textnorm --help";
            await _stderr.WriteLineAsync($"textnorm: error: {e.Message}\nTry '{helpFor}'.").ConfigureAwait(false);
            await _stderr.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not a user error: still one line, and no temporary file left behind.
            Temps.DeleteAll();
            await _stderr.WriteLineAsync($"textnorm: error: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InputsFailed;
        }
    }

    private async Task<int> ExecuteAsync(string name, string? reportPath, bool reportDocuments, string progressMode, bool quiet,
        IReadOnlyList<string> paths, Func<RunContext, Task<int>> run, CancellationToken cancellationToken)
    {
        var stats = new RunStats(name);
        var messages = new Messages(_stderr);
        var stdout = new BufferedStream(new StandardOutputStream(_stdout), 1 << 16);
        var context = new RunContext(_stdin, stdout, messages, stats, Temps, cancellationToken);
        int exitCode;
        using var details = reportDocuments && reportPath is not null ? new DocumentDetails(reportPath) : null;
        context.Details = details;
        var mode = Progress.Resolve(progressMode, StderrIsTerminal);
        if (mode != ProgressMode.None) _ = Task.Run(() => stats.TotalBytes = MeasureInputs(paths), CancellationToken.None);
        await using (Progress.Start(mode, stats, messages, _stderr).ConfigureAwait(false))
        {
            try
            {
                exitCode = await run(context).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (StopRunException)
            {
                messages.Info("stopped after the first error (--fail-fast / --on-error fail)");
                exitCode = ExitCodes.InputsFailed;
                TryFlush(stdout);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                messages.Info("interrupted; unfinished outputs were removed (rerun with --skip-existing to finish)");
                exitCode = ExitCodes.Interrupted;
                TryFlush(stdout);
            }
            catch (OutputClosedException e)
            {
                // Standard output went away (`textnorm ... | head`): stop at once, one line, no stack trace.
                context.Fail("<stdout>", e.Message);
                exitCode = ExitCodes.InputsFailed; // what is still buffered is dropped: it can never be written
            }
            catch (IOException e)
            {
                // Another stream failed outside any one input.
                context.Fail("<stdout>", Messages.Describe(e));
                exitCode = ExitCodes.InputsFailed;
            }
        }
        if (reportPath is not null)
        {
            try
            {
                RunReport.Write(reportPath, stats, details, Temps);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                messages.Error(reportPath, "cannot write the report: " + Messages.Describe(e));
                exitCode = Math.Max(exitCode, ExitCodes.InputsFailed);
            }
        }
        if (!quiet) messages.Info(Summary.Format(stats));
        return exitCode == ExitCodes.Ok ? stats.ExitCode : exitCode;
    }

    private static void TryFlush(Stream stream)
    {
        try
        {
            stream.Flush();
        }
        catch (IOException) { }
        catch (OutputClosedException) { }
    }

    private static long MeasureInputs(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return -1;
        long total = 0;
        foreach (var item in InputEnumerator.Enumerate(paths))
        {
            if (item is InputFile file) total += file.Length;
        }
        return total;
    }

    private async Task WriteStdoutAsync(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        await _stdout.WriteAsync(bytes).ConfigureAwait(false);
        await _stdout.FlushAsync().ConfigureAwait(false);
    }

    public static string MainHelp => $"""
        textnorm {Version}: cleans raw Chinese news text scraped from the web into clean, Simplified, boilerplate-free
        UTF-8 text (encoding, mojibake, whitespace, punctuation, pinyin annotations, Traditional to Simplified,
        boilerplate with metadata), for single files, directory trees and JSON Lines corpora.

        Usage:
          {NormalizeCommand.Usage}
              Normalize text files, directories, stdin or JSON Lines (--jsonl).
          {ConvertCommand.Usage}
              Traditional/Simplified conversion only, with an OpenCC preset (t2s, tw2s, hk2s, s2t, ...).
          textnorm --help | --version

        Run 'textnorm normalize --help' or 'textnorm convert --help' for every option.

        {HelpWriter.ExitCodesText}
        """;
}
