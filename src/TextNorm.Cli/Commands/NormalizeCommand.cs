using System.Text;
using TextNorm.Boilerplate;
using TextNorm.Cli.CommandLine;
using TextNorm.Cli.IO;
using TextNorm.Cli.Jsonl;
using TextNorm.Cli.Processing;
using TextNorm.Conversion;
using TextNorm.Decoding;
using TextNorm.Repair;

namespace TextNorm.Cli.Commands;

/// <summary><c>textnorm normalize</c>: options, checks, and the choice between text, JSON Lines, stdin and files.</summary>
internal static class NormalizeCommand
{
    public const long DefaultChunkThreshold = 16L << 20;
    public const int DefaultChunkSize = 2 << 20;
    public const long DefaultMaxLineBytes = 16L << 20;

    public static readonly OptionSpec[] Options =
    [
        new("output", 'o', "OUT", "Output directory for PATH inputs (created if missing; each input becomes OUT/<path relative to its root>), or output file when reading stdin. Default: stdout."),
        new("metadata", null, null, "Also write <output file>.meta.json (title, published, source, authors, editors) beside each output."),
        new("report", null, "FILE", "Write a JSON summary: documents, bytes, records, changes by kind, errors and warnings."),
        new("report-documents", null, null, "Add one entry per document (file, line, bytes, changes) to the --report."),
        new("jsonl", null, null, "Input is JSON Lines: normalize one string field per record, keep the other fields in order, add a \"textnorm\" object."),
        new("field", null, "NAME", "The JSON Lines field to normalize. Default: text."),
        new("on-error", null, "MODE", "A JSON Lines record that cannot be normalized is: skip (dropped, reported; default), keep (copied unchanged, reported), fail (stop the run)."),
        new("max-line-bytes", null, "SIZE", "Longest JSON Lines record normalized; a longer one is reported, then dropped or (--on-error keep) copied unchanged. Default: 16M."),
        new("threads", 't', "N", "Worker threads. Default: all cores."),
        new("encoding", null, "NAME", "Decode every input with this encoding (utf-8, gb18030, gbk, big5, utf-16, ...) instead of detecting it."),
        new("script", null, "MODE", "Traditional to Simplified: auto (default: per document and paragraph), none, or a fixed OpenCC preset (t2s, tw2s, hk2s, ...)."),
        new("no-boilerplate", null, null, "Keep boilerplate lines (no metadata is extracted)."),
        new("no-repair", null, null, "Do not repair mojibake."),
        new("fail-fast", null, null, "Stop at the first failed input (JSON Lines: implies --on-error fail)."),
        new("skip-existing", null, null, "Skip inputs whose output already exists (to finish an interrupted run)."),
        new("progress", null, "MODE", "auto (default: a bar on a terminal, a line every 10 s otherwise), bar, plain, none."),
        new("no-progress", null, null, "Same as --progress none."),
        new("quiet", 'q', null, "No progress and no summary; errors and warnings are still printed."),
        new("chunk-threshold", null, "SIZE", "A text input larger than this is normalized in line-aligned chunks (see README). Default: 16M."),
        new("chunk-size", null, "SIZE", "Size of those chunks. Default: 2M."),
        new("help", 'h', null, "Show this help."),
    ];

    public const string Usage = "textnorm normalize [PATH...] [-o OUT] [options]";

    public static string Help => HelpWriter.Command(
        Usage,
        """
        Normalizes raw Chinese text: encoding detection, mojibake repair, control characters, whitespace, full-width
        letters and digits, punctuation width, doubled punctuation, pinyin annotations, Traditional to Simplified,
        boilerplate (with metadata), and a final newline.

        With no PATH, or PATH '-', reads stdin and writes normalized UTF-8 to stdout (or to the file -o OUT).
        PATH may be files or directories (read recursively in name order; hidden entries are skipped; symbolic links
        are followed only to files inside the same directory). With -o DIR every input becomes DIR/<path relative to
        the directory given> (a file given directly: DIR/<file name>); outputs are written atomically and never over an
        input. Without -o, outputs are concatenated on stdout in input order.
        """,
        Options,
        """
        Examples:
          textnorm normalize seeds -o out --metadata --report out/report.json
          textnorm normalize < page.txt > clean.txt
          textnorm normalize --jsonl --field content < corpus.jsonl > clean.jsonl
          textnorm normalize --jsonl corpus/ -o clean/ --threads 8 --on-error keep
        """);

    public static NormalizeSettings Parse(ParsedArguments args)
    {
        var paths = args.Positionals.ToList();
        if (paths.Contains("-"))
        {
            if (paths.Count > 1) throw new UsageException("'-' (stdin) cannot be combined with other paths");
            paths.Clear();
        }
        var output = args.GetString("output");
        if (output is "") throw new UsageException("--output: empty path");
        var jsonl = args.Has("jsonl");
        var metadata = args.Has("metadata");
        if (metadata && jsonl) throw new UsageException("--metadata applies to text files; JSON Lines records carry their metadata in the \"textnorm\" object");
        if (metadata && output is null) throw new UsageException("--metadata needs -o (the .meta.json files are written beside the outputs)");
        if (!jsonl && (args.Has("field") || args.Has("on-error") || args.Has("max-line-bytes")))
            throw new UsageException("--field, --on-error and --max-line-bytes apply to --jsonl input");
        if (args.Has("report-documents") && !args.Has("report")) throw new UsageException("--report-documents needs --report FILE");
        var field = args.GetString("field") ?? "text";
        if (field.Length == 0) throw new UsageException("--field: empty name");
        var failFast = args.Has("fail-fast");
        var onError = args.GetChoice("on-error", failFast ? "fail" : "skip", "skip", "keep", "fail") switch
        {
            "keep" => OnError.Keep,
            "fail" => OnError.Fail,
            _ => OnError.Skip,
        };
        var threshold = args.GetSize("chunk-threshold", DefaultChunkThreshold, 1024, 1L << 30);
        var chunkSize = (int)args.GetSize("chunk-size", DefaultChunkSize, 256, 256L << 20);
        var progress = args.Has("no-progress") || args.Has("quiet") ? "none" : args.GetChoice("progress", "auto", "auto", "bar", "plain", "none");
        return new NormalizeSettings
        {
            Paths = paths,
            Output = output,
            Metadata = metadata,
            Report = args.GetString("report"),
            ReportDocuments = args.Has("report-documents"),
            Jsonl = jsonl,
            Field = field,
            OnError = onError,
            MaxLineBytes = args.GetSize("max-line-bytes", DefaultMaxLineBytes, 16, 1L << 30),
            Threads = args.GetInt("threads", Environment.ProcessorCount, 1, 1024),
            Options = BuildOptions(args),
            FailFast = failFast,
            SkipExisting = args.Has("skip-existing"),
            Progress = progress,
            Quiet = args.Has("quiet"),
            ChunkThreshold = threshold,
            ChunkSize = chunkSize,
        };
    }

    private static TextNormalizerOptions BuildOptions(ParsedArguments args)
    {
        var options = TextNormalizerOptions.Default with { MaxRecordedChanges = 0 };
        if (args.GetString("encoding") is { } name) options = options with { Decoding = new DecodingOptions { ForcedEncoding = ResolveEncoding(name) } };
        if (args.Has("no-repair")) options = options with { Repair = RepairOptions.Disabled };
        if (args.Has("no-boilerplate")) options = options with { Boilerplate = BoilerplateOptions.Disabled };
        var script = args.GetString("script") ?? "auto";
        options = script switch
        {
            "auto" => options,
            "none" => options with { Conversion = ConversionOptions.Disabled },
            _ when OpenCcConverter.Presets.Contains(script) => options with { Conversion = new ConversionOptions { Mode = ScriptConversionMode.Fixed, Preset = script } },
            _ => throw new UsageException($"--script: expected auto, none or a preset ({string.Join(", ", OpenCcConverter.Presets)}), got '{script}'"),
        };
        return options;
    }

    internal static Encoding ResolveEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"--encoding: unknown encoding '{name}' (e.g. utf-8, gb18030, gbk, big5, utf-16)");
        }
    }

    public static async Task<int> RunAsync(NormalizeSettings settings, RunContext context)
    {
        OutputChecks.Check(settings.Paths, settings.Output, settings.Report);
        context.FailFast = settings.FailFast;
        if (!settings.FromStdin && settings.Output is not null && !OutputChecks.TryCreateOutputDirectory(settings.Output, context))
            return ExitCodes.InputsFailed;
        var normalizer = new TextNormalizer(settings.Options);
        if (settings.Jsonl)
        {
            var jsonl = new JsonlProcessor(normalizer, settings.Field, settings.OnError, settings.MaxLineBytes, settings.Threads, context);
            if (settings.FromStdin) await RunJsonlStdinAsync(settings, context, jsonl).ConfigureAwait(false);
            else await new JsonlFilesProcessor(settings, context, jsonl).RunAsync().ConfigureAwait(false);
        }
        else
        {
            var text = new TextProcessor(settings, context, normalizer);
            if (settings.FromStdin) await text.RunStdinAsync().ConfigureAwait(false);
            else await text.RunFilesAsync().ConfigureAwait(false);
        }
        return context.Stats.ExitCode;
    }

    private static async Task RunJsonlStdinAsync(NormalizeSettings settings, RunContext context, JsonlProcessor jsonl)
    {
        if (settings.Output is null)
        {
            await jsonl.RunAsync(context.Stdin, "<stdin>", context.Stdout).ConfigureAwait(false);
            return;
        }
        using var writer = AtomicFileWriter.Create(settings.Output, context.Temps);
        using (var buffered = new BufferedStream(writer.Stream, 1 << 20))
            await jsonl.RunAsync(context.Stdin, "<stdin>", buffered).ConfigureAwait(false);
        writer.Commit();
    }
}
