using TextNorm.Cli.CommandLine;
using TextNorm.Cli.IO;
using TextNorm.Cli.Processing;
using TextNorm.Conversion;

namespace TextNorm.Cli.Commands;

/// <summary><c>textnorm convert</c>: OpenCC-preset conversion only, streamed, for files, directories or stdin.</summary>
internal static class ConvertCommand
{
    public const int DefaultChunkSize = 2 << 20;

    public static readonly OptionSpec[] Options =
    [
        new("config", 'c', "PRESET", "The OpenCC preset (required): t2s, tw2s, tw2sp, hk2s, s2t, ... A trailing .json is accepted, as in OpenCC's own -c t2s.json."),
        new("output", 'o', "OUT", "Output directory for PATH inputs (OUT/<path relative to its root>), or output file when reading stdin. Default: stdout."),
        new("threads", 't', "N", "Worker threads (chunks are converted in parallel, written in order). Default: all cores."),
        new("chunk-size", null, "SIZE", "Bytes read and converted at a time, cut at a line break. Default: 2M."),
        new("fail-fast", null, null, "Stop at the first failed input."),
        new("skip-existing", null, null, "Skip inputs whose output already exists."),
        new("quiet", 'q', null, "No summary; errors and warnings are still printed."),
        new("help", 'h', null, "Show this help."),
    ];

    public const string Usage = "textnorm convert --config PRESET [PATH...] [-o OUT] [options]";

    public static string Help => HelpWriter.Command(
        Usage,
        $"""
        Converts between Traditional and Simplified Chinese with an OpenCC preset, and does nothing else: no other
        character, space or line break is touched. Input and output are UTF-8. With no PATH, or PATH '-', reads stdin
        and writes stdout (or the file -o OUT). Directories are read recursively as for 'textnorm normalize'.

        Presets: {string.Join(", ", OpenCcConverter.Presets)}
        """,
        Options,
        """
        Examples:
          textnorm convert --config t2s < traditional.txt > simplified.txt
          textnorm convert -c tw2s corpus/ -o simplified/
        """);

    public sealed record Settings(IReadOnlyList<string> Paths, string? Output, IChineseConverter Converter, int Threads, int ChunkSize, bool FailFast, bool SkipExisting, bool Quiet);

    public static Settings Parse(ParsedArguments args)
    {
        var preset = args.GetString("config") ?? throw new UsageException($"--config PRESET is required (presets: {string.Join(", ", OpenCcConverter.Presets)})");
        if (preset.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) preset = preset[..^5];
        if (!OpenCcConverter.Presets.Contains(preset))
            throw new UsageException($"--config: unknown preset '{preset}'; presets: {string.Join(", ", OpenCcConverter.Presets)}");
        var paths = args.Positionals.ToList();
        if (paths.Contains("-"))
        {
            if (paths.Count > 1) throw new UsageException("'-' (stdin) cannot be combined with other paths");
            paths.Clear();
        }
        return new Settings(paths, args.GetString("output"), OpenCcConverter.FromPreset(preset),
            args.GetInt("threads", Environment.ProcessorCount, 1, 1024),
            (int)args.GetSize("chunk-size", DefaultChunkSize, 256, 256L << 20),
            args.Has("fail-fast"), args.Has("skip-existing"), args.Has("quiet"));
    }

    public static async Task<int> RunAsync(Settings settings, RunContext context)
    {
        OutputChecks.Check(settings.Paths, settings.Output, report: null);
        context.FailFast = settings.FailFast;
        var converter = new StreamConverter(settings.Converter, settings.ChunkSize, settings.Threads);
        if (settings.Paths.Count == 0)
        {
            using var writer = settings.Output is null ? null : AtomicFileWriter.Create(settings.Output, context.Temps);
            var result = await converter.RunAsync(context.Stdin, writer?.Stream ?? context.Stdout, n => context.Stats.AddBytes(n, 0), context.Cancellation).ConfigureAwait(false);
            writer?.Commit();
            Record(context, "<stdin>", result);
            return context.Stats.ExitCode;
        }
        if (settings.Output is not null && !OutputChecks.TryCreateOutputDirectory(settings.Output, context))
            return ExitCodes.InputsFailed;
        var planner = settings.Output is null ? null : new OutputPlanner(settings.Output, detectCollisions: settings.Paths.Count > 1);
        foreach (var item in InputEnumerator.Enumerate(settings.Paths))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (item is InputProblem problem)
            {
                if (problem.IsError) Failed(context, item.DisplayPath, problem.Message);
                else context.Warn(item.DisplayPath, problem.Message);
                continue;
            }
            await ConvertFileAsync((InputFile)item, planner, settings, converter, context).ConfigureAwait(false);
        }
        return context.Stats.ExitCode;
    }

    private static async Task ConvertFileAsync(InputFile file, OutputPlanner? planner, Settings settings, StreamConverter converter, RunContext context)
    {
        string? output = null;
        try
        {
            if (planner is not null)
            {
                output = planner.OutputFor(file);
                if (settings.SkipExisting && File.Exists(output))
                {
                    context.Stats.AddSkipped();
                    return;
                }
            }
            FileStream input;
            try
            {
                input = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Failed(context, file.DisplayPath, "cannot read: " + Messages.Describe(e));
                return;
            }
            using (input)
            {
                if (BinarySniffer.DetectAtStart(input) is { } binary)
                {
                    context.Warn(file.DisplayPath, binary + ", skipped");
                    context.Stats.AddSkipped();
                    return;
                }
                if (planner is null)
                {
                    Record(context, file.DisplayPath, await converter.RunAsync(input, context.Stdout, n => context.Stats.AddBytes(n, 0), context.Cancellation).ConfigureAwait(false));
                    return;
                }
                planner.Prepare(file, output!);
                using var writer = AtomicFileWriter.Create(output!, context.Temps);
                var result = await converter.RunAsync(input, writer.Stream, n => context.Stats.AddBytes(n, 0), context.Cancellation).ConfigureAwait(false);
                writer.Commit();
                Record(context, file.DisplayPath, result);
            }
        }
        catch (UnsafeOutputException e)
        {
            Failed(context, file.DisplayPath, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && output is not null)
        {
            Failed(context, file.DisplayPath, $"cannot write {Path.Join(settings.Output, file.RelativePath)} (or read the input): {Messages.Describe(e)}");
        }
    }

    private static void Record(RunContext context, string display, StreamConverter.Result result)
    {
        context.Stats.AddDocument(0, result.BytesOut, ChangeReport.None);
        if (result.HadInvalidUtf8) context.Warn(display, "not valid UTF-8: invalid bytes were replaced by U+FFFD");
    }

    private static void Failed(RunContext context, string display, string message)
    {
        context.Fail(display, message);
        context.Stats.AddFailedInput();
        if (context.FailFast) throw new StopRunException();
    }
}
