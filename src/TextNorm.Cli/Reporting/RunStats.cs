using System.Diagnostics;

namespace TextNorm.Cli.Reporting;

/// <summary>One reported problem: the file, the line for JSON Lines records, and what went wrong.</summary>
internal sealed record ReportedProblem(string File, long? Line, string Message);

/// <summary>
/// The running totals of one command: documents, bytes, JSONL record counts, changes by kind, errors and warnings.
/// Counters are updated with interlocked operations (the progress display reads them from another thread); the
/// problem lists keep the first <see cref="MaxListedProblems"/> entries so memory stays bounded on a hostile corpus.
/// </summary>
internal sealed class RunStats
{
    public const int MaxListedProblems = 10_000;

    private readonly Lock _lock = new();
    private readonly List<ReportedProblem> _errors = [];
    private readonly List<ReportedProblem> _warnings = [];
    private readonly ChangeTotals _changes = new();
    private long _documents, _skipped, _failed, _bytesIn, _bytesOut;
    private long _recordsIn, _recordsNormalized, _recordsKept, _recordsDropped;
    private long _errorCount, _warningCount;
    private long _totalBytes = -1;

    public RunStats(string command) => Command = command;

    public string Command { get; }

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>True when records were counted (the run read JSON Lines).</summary>
    public bool HasRecords { get; set; }

    public long Documents => Interlocked.Read(ref _documents);
    public long Skipped => Interlocked.Read(ref _skipped);
    public long Failed => Interlocked.Read(ref _failed);
    public long BytesIn => Interlocked.Read(ref _bytesIn);
    public long BytesOut => Interlocked.Read(ref _bytesOut);
    public long RecordsIn => Interlocked.Read(ref _recordsIn);
    public long RecordsNormalized => Interlocked.Read(ref _recordsNormalized);
    public long RecordsKeptUnchanged => Interlocked.Read(ref _recordsKept);
    public long RecordsDropped => Interlocked.Read(ref _recordsDropped);
    public long RecordsOut => RecordsNormalized + RecordsKeptUnchanged;
    public long ErrorCount => Interlocked.Read(ref _errorCount);
    public long WarningCount => Interlocked.Read(ref _warningCount);

    /// <summary>Total input bytes when known (for the progress bar's ETA), else -1.</summary>
    public long TotalBytes
    {
        get => Interlocked.Read(ref _totalBytes);
        set => Interlocked.Exchange(ref _totalBytes, value);
    }

    public void AddDocument(long bytesIn, long bytesOut, ChangeReport changes)
    {
        Interlocked.Increment(ref _documents);
        AddBytes(bytesIn, bytesOut);
        AddChanges(changes);
    }

    public void AddBytes(long bytesIn, long bytesOut)
    {
        Interlocked.Add(ref _bytesIn, bytesIn);
        Interlocked.Add(ref _bytesOut, bytesOut);
    }

    public void AddChanges(ChangeReport changes)
    {
        if (changes.IsEmpty) return;
        lock (_lock) _changes.Add(changes);
    }

    public void AddChanges(ChangeTotals changes)
    {
        lock (_lock) _changes.Add(changes);
    }

    public void AddSkipped() => Interlocked.Increment(ref _skipped);

    public void AddFailedInput() => Interlocked.Increment(ref _failed);

    public void AddRecordNormalized() { Interlocked.Increment(ref _recordsIn); Interlocked.Increment(ref _recordsNormalized); }
    public void AddRecordKept() { Interlocked.Increment(ref _recordsIn); Interlocked.Increment(ref _recordsKept); }
    public void AddRecordDropped() { Interlocked.Increment(ref _recordsIn); Interlocked.Increment(ref _recordsDropped); }

    public void AddError(string file, long? line, string message)
    {
        Interlocked.Increment(ref _errorCount);
        lock (_lock)
        {
            if (_errors.Count < MaxListedProblems) _errors.Add(new ReportedProblem(file, line, message));
        }
    }

    public void AddWarning(string file, string message)
    {
        Interlocked.Increment(ref _warningCount);
        lock (_lock)
        {
            if (_warnings.Count < MaxListedProblems) _warnings.Add(new ReportedProblem(file, null, message));
        }
    }

    public IReadOnlyList<ReportedProblem> Errors { get { lock (_lock) return [.. _errors]; } }
    public IReadOnlyList<ReportedProblem> Warnings { get { lock (_lock) return [.. _warnings]; } }

    /// <summary>Change counts by kind, sorted by kind.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ChangeCounts
    {
        get { lock (_lock) return [.. _changes.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)]; }
    }

    public int ExitCode => ErrorCount > 0 ? ExitCodes.InputsFailed : ExitCodes.Ok;
}
