using System.Text.Json;

namespace TextNorm.Cli.Reporting;

/// <summary>
/// Per-document entries for <c>--report-documents</c>, spooled to a scratch file in the temporary directory (deleted on close) as one compact JSON
/// object per line, so a corpus of millions of documents does not pile up in memory. Called from one thread (the
/// ordered consumer).
/// </summary>
internal sealed class DocumentDetails : IDisposable
{
    private readonly FileStream _spool;
    private readonly Utf8JsonWriter _writer;

    public DocumentDetails(string reportPath)
    {
        SpoolPath = Path.Join(Path.GetTempPath(), $"textnorm-{Environment.ProcessId}-{Random.Shared.Next():x8}-{Path.GetFileName(reportPath)}.documents");
        _spool = new FileStream(SpoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _writer = new Utf8JsonWriter(_spool, JsonOutput.Compact);
    }

    public string SpoolPath { get; }

    public long Count { get; private set; }

    public void Add(string file, long? line, long bytesIn, long bytesOut, IEnumerable<KeyValuePair<string, long>> changes)
    {
        _writer.Reset(_spool);
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        if (line is { } l) _writer.WriteNumber("line", l);
        _writer.WriteNumber("bytesIn", bytesIn);
        _writer.WriteNumber("bytesOut", bytesOut);
        _writer.WriteStartObject("changes");
        foreach (var (kind, n) in changes.OrderBy(kv => kv.Key, StringComparer.Ordinal)) _writer.WriteNumber(kind, n);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        _spool.WriteByte((byte)'\n');
        Count++;
    }

    /// <summary>Adds one document's entry from its change report.</summary>
    public void Add(string file, long? line, long bytesIn, long bytesOut, ChangeReport changes) =>
        Add(file, line, bytesIn, bytesOut, changes.Counts.Select(kv => new KeyValuePair<string, long>(kv.Key, kv.Value)));

    /// <summary>Writes every entry as the elements of the current array of <paramref name="target"/>.</summary>
    public void CopyTo(Utf8JsonWriter target)
    {
        _writer.Flush();
        _spool.Flush();
        _spool.Position = 0;
        using var reader = new StreamReader(_spool, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var entry = JsonDocument.Parse(line); // re-written so the report keeps its indentation
            entry.WriteTo(target);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _spool.Dispose();
    }
}
