namespace TextNorm.Cli.IO;

/// <summary>One thing found while expanding the command line's paths: a file to process, or a problem to report.</summary>
internal abstract record InputItem(string DisplayPath);

/// <summary>A file to process.</summary>
/// <param name="FullPath">Absolute path used to open it.</param>
/// <param name="DisplayPath">The path as the user would write it (the argument, joined with the path inside a directory).</param>
/// <param name="RelativePath">Where the output goes under the output directory: the path relative to the input root,
/// or the file name for a file given directly. Never absolute, never contains <c>..</c>.</param>
/// <param name="RealPath">Where the file really is, symbolic links resolved (to refuse an output that is an input).</param>
/// <param name="Length">Its size in bytes when enumerated (0 for pipes and special files), for batching and progress.</param>
internal sealed record InputFile(string FullPath, string DisplayPath, string RelativePath, string RealPath, long Length) : InputItem(DisplayPath);

/// <summary>Something that could not be used as input.</summary>
/// <param name="IsError">True for an error (the run exits 1), false for a warning (a skipped symbolic link).</param>
internal sealed record InputProblem(string DisplayPath, string Message, bool IsError) : InputItem(DisplayPath);
