using System.Globalization;
using System.Text;

namespace TextNorm.Cli.Reporting;

/// <summary>The closing lines of a run on stderr: documents, records, MB in/out, MB/s, changes by kind, errors.</summary>
internal static class Summary
{
    public static string Format(RunStats stats)
    {
        var inv = CultureInfo.InvariantCulture;
        var seconds = Math.Max(stats.Clock.Elapsed.TotalSeconds, 1e-6);
        var sb = new StringBuilder();
        sb.Append(inv, $"{stats.Documents} documents");
        if (stats.Skipped > 0) sb.Append(inv, $", {stats.Skipped} skipped");
        if (stats.Failed > 0) sb.Append(inv, $", {stats.Failed} failed");
        sb.Append(inv, $"; {Mb(stats.BytesIn)} MB in, {Mb(stats.BytesOut)} MB out, {stats.BytesIn / 1048576.0 / seconds:0.0} MB/s, {seconds:0.00} s");
        if (stats.HasRecords)
        {
            sb.Append(inv, $"\ntextnorm: records: {stats.RecordsIn} in = {stats.RecordsOut} out ({stats.RecordsNormalized} normalized, {stats.RecordsKeptUnchanged} kept unchanged) + {stats.RecordsDropped} dropped");
        }
        var counts = stats.ChangeCounts;
        sb.Append("\ntextnorm: changes: ");
        sb.Append(counts.Count == 0 ? "none" : string.Join(", ", counts.Select(kv => string.Create(inv, $"{kv.Key} {kv.Value}"))));
        sb.Append(inv, $"\ntextnorm: {stats.ErrorCount} errors, {stats.WarningCount} warnings");
        return sb.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.00", CultureInfo.InvariantCulture);
}
