using System.Text.Json;
using TextNorm.Cli.IO;

namespace TextNorm.Cli.Reporting;

/// <summary>Writes the <c>--report FILE</c> JSON summary of a run (atomically, like every output).</summary>
internal static class RunReport
{
    public static void Write(string path, RunStats stats, DocumentDetails? details, TempFileRegistry? temps)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        using var file = AtomicFileWriter.Create(path, temps);
        using (var buffered = new BufferedStream(file.Stream, 64 * 1024))
        {
            using (var writer = new Utf8JsonWriter(buffered, JsonOutput.Indented))
                WriteReport(writer, stats, details);
            buffered.WriteByte((byte)'\n');
        }
        file.Commit();
    }

    private static void WriteReport(Utf8JsonWriter w, RunStats stats, DocumentDetails? details)
    {
        w.WriteStartObject();
        w.WriteString("tool", "textnorm");
        w.WriteString("version", Cli.Version);
        w.WriteString("command", stats.Command);
        w.WriteNumber("elapsedSeconds", Math.Round(stats.Clock.Elapsed.TotalSeconds, 3));
        w.WriteNumber("documents", stats.Documents);
        w.WriteNumber("skipped", stats.Skipped);
        w.WriteNumber("failed", stats.Failed);
        w.WriteNumber("bytesIn", stats.BytesIn);
        w.WriteNumber("bytesOut", stats.BytesOut);
        if (stats.HasRecords)
        {
            w.WriteStartObject("records");
            w.WriteNumber("in", stats.RecordsIn);
            w.WriteNumber("out", stats.RecordsOut);
            w.WriteNumber("normalized", stats.RecordsNormalized);
            w.WriteNumber("keptUnchanged", stats.RecordsKeptUnchanged);
            w.WriteNumber("dropped", stats.RecordsDropped);
            w.WriteEndObject();
        }
        w.WriteStartObject("changes");
        foreach (var (kind, n) in stats.ChangeCounts) w.WriteNumber(kind, n);
        w.WriteEndObject();
        w.WriteNumber("errorCount", stats.ErrorCount);
        WriteProblems(w, "errors", stats.Errors);
        w.WriteNumber("warningCount", stats.WarningCount);
        WriteProblems(w, "warnings", stats.Warnings);
        if (details is not null)
        {
            w.WriteStartArray("documentsDetail");
            details.CopyTo(w);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter w, string name, IReadOnlyList<ReportedProblem> problems)
    {
        w.WriteStartArray(name);
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("file", p.File);
            if (p.Line is { } line) w.WriteNumber("line", line);
            w.WriteString("message", p.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
