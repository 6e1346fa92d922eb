namespace TextNorm.Cli.IO;

/// <summary>Path checks that keep every output inside the output directory and away from the inputs.</summary>
internal static class PathSafety
{
    private const int MaxLinkHops = 40;

    /// <summary>File names compare case-insensitively where the file system usually does.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with every symbolic link resolved (like POSIX <c>realpath</c>); components that do not exist
    /// yet are kept as written. Used to compare outputs with inputs and to see where a directory really is.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var pending = new List<string>(Split(full[root.Length..]));
        var current = root;
        var hops = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var next = Path.Join(current, pending[i]);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            if (target is not null && ++hops <= MaxLinkHops)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = pending.Skip(i + 1).ToList();
                root = Path.GetPathRoot(resolved) ?? "";
                pending = [.. Split(resolved[root.Length..]), .. rest];
                current = root;
                i = -1;
                continue;
            }
            current = next;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> itself or lies under it (both absolute).</summary>
    public static bool IsSameOrInside(string directory, string path)
    {
        var dir = Path.TrimEndingDirectorySeparator(directory);
        var p = Path.TrimEndingDirectorySeparator(path);
        if (p.Equals(dir, Comparison)) return true;
        return p.Length > dir.Length && p.StartsWith(dir, Comparison) && IsSeparator(p[dir.Length])
            || dir.Length > 0 && IsSeparator(dir[^1]) && p.StartsWith(dir, Comparison);
    }

    /// <summary>True when a relative path could leave the directory it is joined to (absolute, or a <c>..</c> component).</summary>
    public static bool CouldEscape(string relativePath) =>
        Path.IsPathRooted(relativePath) || Split(relativePath).Any(part => part == "..");

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
