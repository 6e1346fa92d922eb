using TextNorm.Cli.CommandLine;
using TextNorm.Cli.Commands;

namespace TextNorm.Cli.IO;

/// <summary>Checks made before anything is written: where the outputs and the report may go.</summary>
internal static class OutputChecks
{
    /// <summary>Refuses, before anything is written, an output directory that overlaps an input, or a report over an input.</summary>
    public static void Check(IReadOnlyList<string> paths, string? output, string? report)
    {
        var inputs = paths.Select(p => (Arg: p, Real: PathSafety.RealPath(p))).ToList();
        if (output is not null)
        {
            var outReal = PathSafety.RealPath(output);
            if (paths.Count == 0)
            {
                if (Directory.Exists(outReal)) throw new UsageException($"-o {output}: is a directory (reading stdin, -o names the output file)");
            }
            else
            {
                if (File.Exists(outReal)) throw new UsageException($"-o {output}: is a file (with PATH inputs, -o names the output directory)");
                // Outputs and inputs are kept apart: then no output can be an input, and no output is read as one.
                foreach (var (arg, real) in inputs)
                {
                    if (Directory.Exists(real) && PathSafety.IsSameOrInside(real, outReal))
                        throw new UsageException($"-o {output}: the output directory lies inside the input directory {arg} (outputs would be read as inputs or replace them)");
                    if (PathSafety.IsSameOrInside(outReal, real))
                        throw new UsageException($"-o {output}: the input {arg} lies inside the output directory (an output could replace it)");
                }
            }
        }
        if (report is not null)
        {
            var reportReal = PathSafety.RealPath(report);
            if (inputs.Any(i => i.Real.Equals(reportReal, PathSafety.Comparison) || Directory.Exists(i.Real) && PathSafety.IsSameOrInside(i.Real, reportReal) && File.Exists(reportReal)))
                throw new UsageException($"--report {report}: would overwrite an input file");
            if (Directory.Exists(reportReal)) throw new UsageException($"--report {report}: is a directory");
        }
    }

    /// <summary>Creates the output directory; on failure reports one line and returns false (no input can be written).</summary>
    public static bool TryCreateOutputDirectory(string output, RunContext context)
    {
        try
        {
            Directory.CreateDirectory(output);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var blocker = FileAmongAncestors(output);
            context.Fail(output, "cannot create output directory: " + (blocker is null ? Messages.Describe(e) : $"{blocker} is a file, not a directory"));
            return false;
        }
    }

    private static string? FileAmongAncestors(string path)
    {
        for (var p = Path.GetFullPath(path); !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            if (File.Exists(p)) return p;
        }
        return null;
    }
}
