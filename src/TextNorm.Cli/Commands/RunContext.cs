using TextNorm.Cli.IO;
using TextNorm.Cli.Reporting;

namespace TextNorm.Cli.Commands;

/// <summary>What every command works with: the standard streams, diagnostics, totals, temporary files, cancellation.</summary>
internal sealed class RunContext
{
    public RunContext(Stream stdin, Stream stdout, Messages messages, RunStats stats, TempFileRegistry temps, CancellationToken cancellation)
    {
        Stdin = stdin;
        Stdout = stdout;
        Messages = messages;
        Stats = stats;
        Temps = temps;
        Cancellation = cancellation;
    }

    public Stream Stdin { get; }
    public Stream Stdout { get; }
    public Messages Messages { get; }
    public RunStats Stats { get; }
    public TempFileRegistry Temps { get; }
    public CancellationToken Cancellation { get; }

    /// <summary>Per-document report entries, when <c>--report-documents</c> was given.</summary>
    public DocumentDetails? Details { get; set; }

    /// <summary>Stop at the first failed input (<c>--fail-fast</c>).</summary>
    public bool FailFast { get; set; }

    /// <summary>Reports a failed input: one line on stderr, an entry in the report; stops the run under <c>--fail-fast</c>.</summary>
    public void Fail(string file, string problem, long? line = null)
    {
        Stats.AddError(file, line, problem);
        Messages.Error(file, line is { } l ? $"line {l}: {problem}" : problem);
    }

    public void Warn(string file, string problem)
    {
        Stats.AddWarning(file, problem);
        Messages.Warning(file, problem);
    }
}

/// <summary>Thrown after an error has been reported, to stop the run (<c>--fail-fast</c>, <c>--on-error fail</c>).</summary>
internal sealed class StopRunException : Exception
{
    public StopRunException() : base("run stopped after an error") { }

    public StopRunException(string message) : base(message) { }

    public StopRunException(string message, Exception innerException) : base(message, innerException) { }
}
