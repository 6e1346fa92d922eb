using System.Collections.Concurrent;

namespace TextNorm.Cli.IO;

/// <summary>
/// The temporary files of one run that are not yet committed. Normally each <see cref="AtomicFileWriter"/> removes its
/// own; <see cref="DeleteAll"/> is the last resort when the process must exit at once (a second Ctrl-C).
/// </summary>
internal sealed class TempFileRegistry
{
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    public void Add(string path) => _files.TryAdd(path, 0);

    public void Remove(string path) => _files.TryRemove(path, out _);

    public int Count => _files.Count;

    public void DeleteAll()
    {
        foreach (var path in _files.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            _files.TryRemove(path, out _);
        }
    }
}
