namespace TextNorm.Cli.IO;

/// <summary>
/// Writes a file so that it appears whole or not at all: the bytes go to a hidden temporary file in the same directory
/// (<c>.NAME.RANDOM.textnorm-tmp</c>), which <see cref="Commit"/> renames over the final name. Disposing without a
/// commit (an error, a cancellation) deletes the temporary file. Renaming replaces a directory entry, so even a final
/// path that is a symbolic or hard link to another file never has that file's content overwritten.
/// </summary>
internal sealed class AtomicFileWriter : IDisposable
{
    /// <summary>The suffix of temporary files; the input enumerator skips them (they are hidden).</summary>
    public const string TempSuffix = ".textnorm-tmp";

    private readonly TempFileRegistry? _registry;
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFileWriter(string finalPath, string tempPath, FileStream stream, TempFileRegistry? registry)
    {
        FinalPath = finalPath;
        TempPath = tempPath;
        _stream = stream;
        _registry = registry;
    }

    public string FinalPath { get; }

    public string TempPath { get; }

    /// <summary>The temporary file's stream (unbuffered: write large blocks).</summary>
    public Stream Stream => _stream;

    public static AtomicFileWriter Create(string finalPath, TempFileRegistry? registry)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(finalPath)) ?? ".";
        var name = Path.GetFileName(finalPath);
        for (var attempt = 0; ; attempt++)
        {
            var temp = Path.Join(directory, $".{name}.{Random.Shared.Next():x8}{TempSuffix}");
            try
            {
                registry?.Add(temp);
                var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
                return new AtomicFileWriter(finalPath, temp, stream, registry);
            }
            catch (IOException) when (File.Exists(temp) && attempt < 10)
            {
                registry?.Remove(temp);
            }
            catch
            {
                registry?.Remove(temp);
                throw;
            }
        }
    }

    /// <summary>Writes a whole file atomically (through an unnamed temporary file where the system has them).</summary>
    public static void WriteAllBytes(string finalPath, ReadOnlySpan<byte> bytes, TempFileRegistry? registry)
    {
        if (UnnamedTempFile.TryWriteAllBytes(finalPath, bytes)) return;
        using var writer = Create(finalPath, registry);
        writer.Stream.Write(bytes);
        writer.Commit();
    }

    /// <summary>Closes the temporary file and renames it to the final path.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (_stream.CanWrite) _stream.Flush(); // a wrapping BufferedStream may have flushed and closed it already
        _stream.Dispose();
        File.Move(TempPath, FinalPath, overwrite: true);
        _done = true;
        _registry?.Remove(TempPath);
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try
        {
            _stream.Dispose();
        }
        catch (IOException) { }
        try
        {
            File.Delete(TempPath);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        _registry?.Remove(TempPath);
    }
}
