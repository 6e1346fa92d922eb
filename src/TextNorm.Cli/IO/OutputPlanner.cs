using System.Collections.Concurrent;

namespace TextNorm.Cli.IO;

/// <summary>
/// Decides where each input's output goes under the output directory (<c>DIR/&lt;path relative to the input root&gt;</c>)
/// and guards it: the path stays inside the output directory even through symbolic links already present there, it
/// never names an input file, and two inputs never share an output.
/// </summary>
internal sealed class OutputPlanner
{
    private readonly string _directory;
    private readonly string _directoryReal;
    private readonly ConcurrentDictionary<string, string> _realDirectories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>? _claimed;

    /// <param name="directory">The output directory.</param>
    /// <param name="detectCollisions">Remember every output to refuse a second input with the same one (needed only
    /// when several inputs are given: within one root, relative paths are distinct).</param>
    public OutputPlanner(string directory, bool detectCollisions)
    {
        _directory = Path.GetFullPath(directory);
        _directoryReal = PathSafety.RealPath(_directory);
        if (detectCollisions) _claimed = new ConcurrentDictionary<string, string>(PathSafety.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    }

    public string Directory => _directory;

    /// <summary>The output path of <paramref name="input"/>; throws <see cref="UnsafeOutputException"/> when it is not safe to write.</summary>
    public string OutputFor(InputFile input)
    {
        if (PathSafety.CouldEscape(input.RelativePath))
            throw new UnsafeOutputException($"refusing an output path outside {_directory}");
        var output = Path.GetFullPath(Path.Join(_directory, input.RelativePath));
        if (!PathSafety.IsSameOrInside(_directory, output) || output.Length == _directory.Length)
            throw new UnsafeOutputException($"refusing an output path outside {_directory}");
        return output;
    }

    /// <summary>
    /// Creates the output file's directory and checks, once per directory, that it really lies inside the output
    /// directory (a symbolic link planted there cannot redirect the output). Also refuses an output that is an input.
    /// </summary>
    public void Prepare(InputFile input, string output, params string[] companions)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (!_realDirectories.TryGetValue(parent, out var parentReal))
        {
            System.IO.Directory.CreateDirectory(parent);
            parentReal = PathSafety.RealPath(parent);
            if (!PathSafety.IsSameOrInside(_directoryReal, parentReal))
                throw new UnsafeOutputException($"refusing to write through a symbolic link that leaves {_directory}");
            _realDirectories.TryAdd(parent, parentReal);
        }
        var inputReal = input.RealPath;
        foreach (var path in (string[])[output, .. companions])
        {
            var real = Path.Join(parentReal, Path.GetFileName(path));
            if (real.Equals(inputReal, PathSafety.Comparison) || path.Equals(input.FullPath, PathSafety.Comparison))
                throw new UnsafeOutputException($"refusing to overwrite the input file (output would be {path})");
            if (_claimed is not null && !_claimed.TryAdd(real, input.DisplayPath) && _claimed[real] != input.DisplayPath)
                throw new UnsafeOutputException($"output {path} is already written for {_claimed[real]}");
        }
    }
}

/// <summary>An output path that TextNorm refuses to write.</summary>
internal sealed class UnsafeOutputException : Exception
{
    public UnsafeOutputException(string message) : base(message) { }

    public UnsafeOutputException() { }

    public UnsafeOutputException(string message, Exception innerException) : base(message, innerException) { }
}
