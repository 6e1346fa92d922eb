namespace TextNorm.Cli.IO;

/// <summary>
/// Expands the paths of the command line into files, lazily and in a deterministic order: the arguments in the order
/// given; inside a directory, entries sorted by ordinal name, depth first. Hidden entries (name starting with <c>.</c>,
/// which includes TextNorm's own temporary files) are left out. Symbolic links are followed only to files that lie
/// inside the same input root; links to directories are not followed (no cycles, no escape). Problems (missing path,
/// unreadable directory) are yielded in place, so the run reports them and goes on.
/// </summary>
internal static class InputEnumerator
{
    public static IEnumerable<InputItem> Enumerate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var item in EnumerateOne(path))
                yield return item;
        }
    }

    private static IEnumerable<InputItem> EnumerateOne(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return [new InputProblem(path, "invalid path", IsError: true)];
        }
        if (Directory.Exists(full)) return WalkDirectory(full, path);
        if (File.Exists(full))
        {
            var name = Path.GetFileName(full);
            return [new InputFile(full, path, name, PathSafety.RealPath(full), SizeOf(full))];
        }
        return [new InputProblem(path, "no such file or directory", IsError: true)];
    }

    private static IEnumerable<InputItem> WalkDirectory(string rootFull, string rootDisplay)
    {
        var rootReal = PathSafety.RealPath(rootFull);
        var stack = new Stack<IEnumerator<(FileSystemInfo Entry, string Relative)>>();
        var first = ListDirectory(rootFull, "", rootDisplay, out var problem);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }
        stack.Push(first!.GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                stack.Pop();
                continue;
            }
            var (entry, relative) = top.Current;
            var display = Path.Join(rootDisplay, relative);
            // The attributes come with the directory listing; asking for the link target costs a readlink per file.
            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
            {
                var target = PathSafety.RealPath(entry.FullName);
                var refused = RefuseLink(target, rootReal, display);
                if (refused is not null) yield return refused;
                else yield return new InputFile(entry.FullName, display, relative, target, SizeOf(target));
                continue;
            }
            if (entry is DirectoryInfo)
            {
                var children = ListDirectory(entry.FullName, relative, display, out problem);
                if (problem is not null) yield return problem;
                else stack.Push(children!.GetEnumerator());
                continue;
            }
            // Directory links are never followed, so below the real root every directory is real: no lookup needed.
            yield return new InputFile(entry.FullName, display, relative, Path.Join(rootReal, relative), ((FileInfo)entry).Length);
        }
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Groups items into batches of at most <paramref name="maxItems"/> items and about <paramref name="maxBytes"/> bytes,
    /// so that one hand-over between threads carries several small files but never much memory.
    /// </summary>
    public static IEnumerable<InputItem[]> Batches(IEnumerable<InputItem> items, int maxItems, long maxBytes)
    {
        var batch = new List<InputItem>(maxItems);
        long bytes = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            if (item is InputFile file) bytes += file.Length;
            if (batch.Count >= maxItems || bytes >= maxBytes)
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
            }
        }
        if (batch.Count > 0) yield return [.. batch];
    }

    /// <summary>Returns null when the link may be followed, else the reason it is not.</summary>
    private static InputProblem? RefuseLink(string target, string rootReal, string display)
    {
        if (Directory.Exists(target))
            return new InputProblem(display, "symbolic link to a directory, not followed", IsError: false);
        if (!File.Exists(target))
            return new InputProblem(display, "broken symbolic link, skipped", IsError: false);
        if (!PathSafety.IsSameOrInside(rootReal, target))
            return new InputProblem(display, "symbolic link points outside the input directory, not followed", IsError: false);
        return null;
    }

    private static List<(FileSystemInfo, string)>? ListDirectory(string directory, string relative, string display, out InputProblem? problem)
    {
        try
        {
            var entries = new DirectoryInfo(directory)
                .EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false })
                .Where(e => !e.Name.StartsWith('.'))
                .Select(e => (e, Path.Join(relative, e.Name)))
                .ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.e.Name, b.e.Name));
            problem = null;
            return [.. entries.Select(t => ((FileSystemInfo)t.e, t.Item2))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = new InputProblem(display, "cannot read directory: " + Messages.Describe(e), IsError: true);
            return null;
        }
    }
}
