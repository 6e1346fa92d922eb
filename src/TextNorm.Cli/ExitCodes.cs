namespace TextNorm.Cli;

/// <summary>The process exit codes, as documented in <c>textnorm --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed (warnings, such as skipped binary files, do not count as failures).</summary>
    public const int Ok = 0;

    /// <summary>Some inputs or records failed; each was reported on stderr and in the report.</summary>
    public const int InputsFailed = 1;

    /// <summary>The command line was wrong (unknown option, bad value, unknown preset, unsafe output path).</summary>
    public const int Usage = 2;

    /// <summary>Interrupted by Ctrl-C or SIGTERM; no partial output file was left behind.</summary>
    public const int Interrupted = 130;
}
