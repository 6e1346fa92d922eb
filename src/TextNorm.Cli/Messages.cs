namespace TextNorm.Cli;

/// <summary>
/// Writes TextNorm's one-line diagnostics to stderr (<c>textnorm: error: FILE: PROBLEM</c>) and turns exceptions into
/// short problem descriptions without the stack or a repeated path. Thread-safe. While a progress bar is shown, lines go
/// through <see cref="Redirect"/> so they print above the bar instead of through it.
/// </summary>
internal sealed class Messages
{
    private readonly TextWriter _stderr;
    private readonly Lock _lock = new();

    public Messages(TextWriter stderr) => _stderr = stderr;

    /// <summary>When set, lines are handed to it instead of being written to stderr.</summary>
    public Action<string>? Redirect { get; set; }

    public void Error(string file, string problem) => Line($"textnorm: error: {file}: {problem}");

    public void Warning(string file, string problem) => Line($"textnorm: warning: {file}: {problem}");

    public void Info(string text) => Line("textnorm: " + text);

    public void Line(string line)
    {
        if (Redirect is { } redirect)
        {
            redirect(line);
            return;
        }
        lock (_lock)
        {
            _stderr.WriteLine(line);
            _stderr.Flush();
        }
    }

    /// <summary>A short description of an I/O failure: "permission denied", "no space left on device", ...</summary>
    public static string Describe(Exception e)
    {
        switch (e)
        {
            case UnauthorizedAccessException:
                return "permission denied";
            case FileNotFoundException or DirectoryNotFoundException:
                return "no such file or directory";
            case PathTooLongException:
                return "path too long";
        }
        if (e is IOException)
        {
            switch (e.HResult)
            {
                case 28 or unchecked((int)0x80070070): return "no space left on device";
                case 20: return "not a directory";
                case 21: return "is a directory";
                case 30: return "read-only file system";
                case 5: return "input/output error";
            }
        }
        var message = e.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return message.TrimEnd('.').Replace('\n', ' ').Replace('\r', ' ');
    }
}
