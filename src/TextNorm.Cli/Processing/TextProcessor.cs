using TextNorm.Cli.Commands;
using TextNorm.Cli.IO;
using TextNorm.Cli.Reporting;

namespace TextNorm.Cli.Processing;

/// <summary>
/// <c>textnorm normalize</c> on plain text: standard input, or files and directories processed in parallel (one
/// document per file) and written atomically under the output directory, or concatenated in input order on standard
/// output. Inputs above the chunking threshold are handed, in order, to the <see cref="ChunkedNormalizer"/>.
/// </summary>
internal sealed class TextProcessor
{
    private const string StdinName = "<stdin>";
    private readonly NormalizeSettings _settings;
    private readonly RunContext _context;
    private readonly TextNormalizer _normalizer;
    private readonly ChunkedNormalizer _chunked;
    private OutputPlanner? _planner;

    public TextProcessor(NormalizeSettings settings, RunContext context, TextNormalizer normalizer)
    {
        _settings = settings;
        _context = context;
        _normalizer = normalizer;
        _chunked = new ChunkedNormalizer(normalizer, settings.ChunkSize, settings.Threads);
    }

    private enum Kind { Done, Skipped, Warning, Error, Large }

    private sealed class Outcome
    {
        public required InputItem Item { get; init; }
        public Kind Kind { get; init; }
        public string? Message { get; init; }
        public long BytesIn { get; init; }
        public long BytesOut { get; init; }
        public ChangeReport? Changes { get; init; }
        public PooledBytes Output { get; init; } = PooledBytes.Empty;
        public DocumentSource? Source { get; init; }
        public Stream? Stream { get; init; }
        public string? OutputPath { get; init; }

        public void Release()
        {
            Output.Return();
            Source?.Dispose();
            Stream?.Dispose();
        }
    }

    public async Task RunStdinAsync()
    {
        using var source = DocumentSource.Read(_context.Stdin, _settings.ChunkThreshold);
        if (BinarySniffer.Detect(source.Bytes) is { } binary)
        {
            _context.Warn(StdinName, binary + ", skipped");
            _context.Stats.AddSkipped();
            return;
        }
        AtomicFileWriter? file = _settings.Output is null ? null : AtomicFileWriter.Create(_settings.Output, _context.Temps);
        try
        {
            var target = file?.Stream ?? _context.Stdout;
            DocumentMetadata metadata;
            if (source.IsLarge)
            {
                var result = await _chunked.RunAsync(source, target, n => _context.Stats.AddBytes(n, 0), _context.Cancellation).ConfigureAwait(false);
                RecordLarge(StdinName, result);
                metadata = result.Metadata;
            }
            else
            {
                var document = _normalizer.NormalizeDocument(source.Bytes);
                var bytes = PooledBytes.Utf8(document.Text);
                try
                {
                    await target.WriteAsync(bytes.Array.AsMemory(0, bytes.Length), _context.Cancellation).ConfigureAwait(false);
                }
                finally
                {
                    bytes.Return();
                }
                _context.Stats.AddDocument(source.Length, bytes.Length, document.Changes);
                _context.Details?.Add(StdinName, null, source.Length, bytes.Length, document.Changes);
                metadata = document.Metadata;
            }
            await target.FlushAsync(_context.Cancellation).ConfigureAwait(false);
            if (file is not null)
            {
                file.Commit();
                if (_settings.Metadata)
                    AtomicFileWriter.WriteAllBytes(_settings.Output + ".meta.json", JsonOutput.MetadataFile(metadata), _context.Temps);
            }
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>Files and directories: to <c>-o DIR</c> when given, else to standard output in input order.</summary>
    public Task RunFilesAsync()
    {
        if (_settings.Output is not null)
            _planner = new OutputPlanner(_settings.Output, detectCollisions: _settings.Paths.Count > 1);
        // Files travel in batches (up to 64 files or 4 MB): one hand-over between threads per batch, not per file. 64
        // rather than 16 took a one-thread run over 16,087 articles from ~10,500 context switches to ~2,700 (perf stat).
        return OrderedPipeline.RunAsync(
            InputEnumerator.Batches(InputEnumerator.Enumerate(_settings.Paths), FilesPerBatch, BytesPerBatch),
            batch => Array.ConvertAll(batch, Process),
            ConsumeBatchAsync,
            outcomes => Array.ForEach(outcomes, o => o.Release()),
            _settings.Threads, _context.Cancellation);
    }

    internal const int FilesPerBatch = 64;
    private const long BytesPerBatch = 4 << 20;

    private async ValueTask ConsumeBatchAsync(Outcome[] outcomes)
    {
        for (var i = 0; i < outcomes.Length; i++)
        {
            try
            {
                await ConsumeAsync(outcomes[i]).ConfigureAwait(false);
            }
            catch
            {
                for (var j = i + 1; j < outcomes.Length; j++) outcomes[j].Release();
                throw;
            }
        }
    }

    private Outcome Process(InputItem item)
    {
        if (item is InputProblem problem)
            return new Outcome { Item = item, Kind = problem.IsError ? Kind.Error : Kind.Warning, Message = problem.Message };
        var file = (InputFile)item;
        string? output = null;
        FileStream? stream = null;
        DocumentSource? source = null;
        try
        {
            string? meta = null;
            if (_planner is not null)
            {
                output = _planner.OutputFor(file);
                meta = _settings.Metadata ? output + ".meta.json" : null;
                if (_settings.SkipExisting && File.Exists(output) && (meta is null || File.Exists(meta)))
                    return new Outcome { Item = item, Kind = Kind.Skipped };
            }
            try
            {
                // No read-ahead advice: most inputs are a few KB, read whole in one or two calls.
                stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.None);
                source = DocumentSource.Read(stream, _settings.ChunkThreshold);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Error(item, "cannot read: " + Messages.Describe(e));
            }
            if (BinarySniffer.Detect(source.Bytes) is { } binary)
                return new Outcome { Item = item, Kind = Kind.Warning, Message = binary + ", skipped" };
            if (_planner is not null)
            {
                try
                {
                    _planner.Prepare(file, output!, meta is null ? [] : [meta]);
                }
                catch (UnsafeOutputException e)
                {
                    return Error(item, e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Error(item, $"cannot create output directory {Path.GetDirectoryName(output)}: {Messages.Describe(e)}");
                }
            }
            if (source.IsLarge)
            {
                var large = new Outcome { Item = item, Kind = Kind.Large, Source = source, Stream = stream, OutputPath = output };
                (source, stream) = (null, null); // owned by the outcome now
                return large;
            }
            var document = _normalizer.NormalizeDocument(source.Bytes);
            var bytes = PooledBytes.Utf8(document.Text);
            if (output is null)
                return new Outcome { Item = item, Kind = Kind.Done, BytesIn = source.Length, BytesOut = bytes.Length, Changes = document.Changes, Output = bytes };
            try
            {
                AtomicFileWriter.WriteAllBytes(output, bytes.Span, _context.Temps);
                if (meta is not null) AtomicFileWriter.WriteAllBytes(meta, JsonOutput.MetadataFile(document.Metadata), _context.Temps);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Error(item, $"cannot write {DisplayOutput(file)}: {Messages.Describe(e)}");
            }
            finally
            {
                bytes.Return();
            }
            return new Outcome { Item = item, Kind = Kind.Done, BytesIn = source.Length, BytesOut = bytes.Length, Changes = document.Changes };
        }
        catch (UnsafeOutputException e)
        {
            return Error(item, e.Message);
        }
        finally
        {
            source?.Dispose();
            stream?.Dispose();
        }
    }

    private static Outcome Error(InputItem item, string message) => new() { Item = item, Kind = Kind.Error, Message = message };

    private string DisplayOutput(InputFile file) => Path.Join(_settings.Output, file.RelativePath);

    private async ValueTask ConsumeAsync(Outcome outcome)
    {
        try
        {
            var display = outcome.Item.DisplayPath;
            switch (outcome.Kind)
            {
                case Kind.Error:
                    ReportError(display, outcome.Message!);
                    break;
                case Kind.Warning:
                    _context.Warn(display, outcome.Message!);
                    _context.Stats.AddSkipped();
                    break;
                case Kind.Skipped:
                    _context.Stats.AddSkipped();
                    break;
                case Kind.Large:
                    await ConsumeLargeAsync(outcome).ConfigureAwait(false);
                    break;
                default:
                    if (outcome.Output.Length > 0)
                        await _context.Stdout.WriteAsync(outcome.Output.Array.AsMemory(0, outcome.Output.Length), _context.Cancellation).ConfigureAwait(false);
                    _context.Stats.AddDocument(outcome.BytesIn, outcome.BytesOut, outcome.Changes!);
                    _context.Details?.Add(display, null, outcome.BytesIn, outcome.BytesOut, outcome.Changes!);
                    break;
            }
        }
        finally
        {
            outcome.Release();
        }
    }

    private async Task ConsumeLargeAsync(Outcome outcome)
    {
        var file = (InputFile)outcome.Item;
        var output = outcome.OutputPath;
        AtomicFileWriter? writer = null;
        try
        {
            writer = output is null ? null : AtomicFileWriter.Create(output, _context.Temps);
            var result = await _chunked.RunAsync(outcome.Source!, writer?.Stream ?? _context.Stdout,
                n => _context.Stats.AddBytes(n, 0), _context.Cancellation).ConfigureAwait(false);
            if (writer is not null)
            {
                writer.Commit();
                if (_settings.Metadata)
                    AtomicFileWriter.WriteAllBytes(output + ".meta.json", JsonOutput.MetadataFile(result.Metadata), _context.Temps);
            }
            RecordLarge(file.DisplayPath, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && writer is not null)
        {
            ReportError(file.DisplayPath, $"cannot write {DisplayOutput(file)} (or read the input): {Messages.Describe(e)}");
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private void RecordLarge(string display, ChunkedNormalizer.Result result)
    {
        _context.Stats.AddDocument(0, result.BytesOut, ChangeReport.None);
        _context.Stats.AddChanges(result.Changes);
        _context.Details?.Add(display, null, result.BytesIn, result.BytesOut, result.Changes.Counts);
    }

    private void ReportError(string display, string message)
    {
        _context.Fail(display, message);
        _context.Stats.AddFailedInput();
        if (_context.FailFast) throw new StopRunException();
    }
}
