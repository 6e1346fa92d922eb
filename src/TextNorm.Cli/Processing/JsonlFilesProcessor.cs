using TextNorm.Cli.Commands;
using TextNorm.Cli.IO;
using TextNorm.Cli.Jsonl;

namespace TextNorm.Cli.Processing;

/// <summary>
/// <c>textnorm normalize --jsonl</c> over files and directories: one input file at a time (records are what runs in
/// parallel), each to <c>DIR/&lt;relative path&gt;</c> atomically, or all to standard output in input order.
/// </summary>
internal sealed class JsonlFilesProcessor
{
    private readonly NormalizeSettings _settings;
    private readonly RunContext _context;
    private readonly JsonlProcessor _jsonl;

    public JsonlFilesProcessor(NormalizeSettings settings, RunContext context, JsonlProcessor jsonl)
    {
        _settings = settings;
        _context = context;
        _jsonl = jsonl;
    }

    public async Task RunAsync()
    {
        var planner = _settings.Output is null ? null : new OutputPlanner(_settings.Output, detectCollisions: _settings.Paths.Count > 1);
        foreach (var item in InputEnumerator.Enumerate(_settings.Paths))
        {
            _context.Cancellation.ThrowIfCancellationRequested();
            if (item is InputProblem problem)
            {
                if (problem.IsError) ReportError(item.DisplayPath, problem.Message);
                else
                {
                    _context.Warn(item.DisplayPath, problem.Message);
                    _context.Stats.AddSkipped();
                }
                continue;
            }
            await RunFileAsync((InputFile)item, planner).ConfigureAwait(false);
        }
    }

    private async Task RunFileAsync(InputFile file, OutputPlanner? planner)
    {
        string? output = null;
        try
        {
            if (planner is not null)
            {
                output = planner.OutputFor(file);
                if (_settings.SkipExisting && File.Exists(output))
                {
                    _context.Stats.AddSkipped();
                    return;
                }
            }
            FileStream stream;
            try
            {
                stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReportError(file.DisplayPath, "cannot read: " + Messages.Describe(e));
                return;
            }
            using (stream)
            {
                if (BinarySniffer.DetectAtStart(stream) is { } binary)
                {
                    _context.Warn(file.DisplayPath, binary + ", skipped");
                    _context.Stats.AddSkipped();
                    return;
                }
                if (planner is null)
                {
                    await _jsonl.RunAsync(stream, file.DisplayPath, _context.Stdout).ConfigureAwait(false);
                    return;
                }
                try
                {
                    planner.Prepare(file, output!);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    ReportError(file.DisplayPath, $"cannot create output directory {Path.GetDirectoryName(output)}: {Messages.Describe(e)}");
                    return;
                }
                using var writer = AtomicFileWriter.Create(output!, _context.Temps);
                using (var buffered = new BufferedStream(writer.Stream, 1 << 20))
                    await _jsonl.RunAsync(stream, file.DisplayPath, buffered).ConfigureAwait(false);
                writer.Commit();
            }
        }
        catch (UnsafeOutputException e)
        {
            ReportError(file.DisplayPath, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportError(file.DisplayPath, (output is null ? "" : $"cannot write {Path.Join(_settings.Output, file.RelativePath)} (or read the input): ") + Messages.Describe(e));
        }
    }

    private void ReportError(string display, string message)
    {
        _context.Fail(display, message);
        _context.Stats.AddFailedInput();
        if (_context.FailFast) throw new StopRunException();
    }
}
