using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;

namespace TextNorm.Cli.Reporting;

/// <summary>How progress is shown on stderr.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing until the final summary.</summary>
    None,
    /// <summary>A line every <see cref="Progress.PlainInterval"/> (for logs, CI, Hadoop task logs).</summary>
    Plain,
    /// <summary>A live Spectre.Console bar: documents, MB, MB/s, ETA (needs a terminal).</summary>
    Bar,
}

/// <summary>
/// Shows the progress of a run on stderr while it works, reading the counters of <see cref="RunStats"/>.
/// In bar mode, diagnostic lines are queued and printed above the bar by its own refresh loop, so they never tear it.
/// </summary>
internal sealed class Progress : IAsyncDisposable
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    private readonly RunStats _stats;
    private readonly Messages _messages;
    private readonly TextWriter _stderr;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _pending = new();
    private readonly Task _loop;

    private Progress(ProgressMode mode, RunStats stats, Messages messages, TextWriter stderr)
    {
        _stats = stats;
        _messages = messages;
        _stderr = stderr;
        _loop = mode switch
        {
            ProgressMode.Bar => RunBarAsync(),
            ProgressMode.Plain => RunPlainAsync(),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>Chooses <paramref name="requested"/>, or for "auto" a bar on a terminal and plain lines otherwise.</summary>
    public static ProgressMode Resolve(string requested, bool stderrIsTerminal) => requested switch
    {
        "none" => ProgressMode.None,
        "plain" => ProgressMode.Plain,
        "bar" => ProgressMode.Bar,
        _ => stderrIsTerminal ? ProgressMode.Bar : ProgressMode.Plain,
    };

    public static Progress Start(ProgressMode mode, RunStats stats, Messages messages, TextWriter stderr) =>
        new(mode, stats, messages, stderr);

    private async Task RunPlainAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(PlainInterval, _stop.Token).ConfigureAwait(false);
                _messages.Info(Describe());
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task RunBarAsync()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_stderr),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
        });
        _messages.Redirect = _pending.Enqueue;
        try
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("starting", autoStart: true, maxValue: 1);
                    task.IsIndeterminate = true;
                    while (true)
                    {
                        while (_pending.TryDequeue(out var line)) console.WriteLine(line);
                        var total = _stats.TotalBytes;
                        var done = _stats.BytesIn;
                        if (total > 0)
                        {
                            task.IsIndeterminate = false;
                            task.MaxValue = Math.Max(total, done);
                        }
                        else
                        {
                            task.MaxValue = Math.Max(1, done);
                        }
                        task.Value = done;
                        task.Description = string.Create(CultureInfo.InvariantCulture,
                            $"{_stats.Documents} docs, {_stats.ErrorCount} errors");
                        if (_stop.IsCancellationRequested) break;
                        try
                        {
                            await Task.Delay(150, _stop.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) { }
                    }
                }).ConfigureAwait(false);
        }
        finally
        {
            _messages.Redirect = null;
            while (_pending.TryDequeue(out var line)) _messages.Line(line);
        }
    }

    private string Describe()
    {
        var seconds = Math.Max(_stats.Clock.Elapsed.TotalSeconds, 1e-6);
        var mb = _stats.BytesIn / 1048576.0;
        var total = _stats.TotalBytes;
        var eta = total > 0 && _stats.BytesIn > 0
            ? string.Create(CultureInfo.InvariantCulture, $", ETA {TimeSpan.FromSeconds(Math.Max(0, (total - _stats.BytesIn) / (_stats.BytesIn / seconds))):hh\\:mm\\:ss}")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"progress: {_stats.Documents} documents, {mb:0.0} MB, {mb / seconds:0.0} MB/s, {_stats.ErrorCount} errors{eta}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
