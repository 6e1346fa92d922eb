using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TextNorm.Cli.IO;

/// <summary>
/// Linux: writes a whole file through an unnamed temporary file (<c>open(dir, O_TMPFILE)</c>) that gets its name only
/// when complete (<c>linkat</c>). Until then it has no directory entry, so an interrupted run, even one killed with
/// SIGKILL, leaves nothing behind, and the directory is touched once per file instead of three times (create a named
/// temporary file, rename it, remove the old name). When the final name already exists (a rerun), the file is linked
/// under a hidden temporary name and renamed over it, which replaces the directory entry like
/// <see cref="AtomicFileWriter"/> does. Elsewhere, or when the file system has no O_TMPFILE, callers fall back to
/// <see cref="AtomicFileWriter"/>.
/// </summary>
internal static class UnnamedTempFile
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkFollow = 0x400;
    private const int OWriteOnly = 0x1;
    private const int OCloseOnExec = 0x80000;
    private const int EExist = 17;
    private const int DefaultMode = 0x1B6; // 0666, less the umask, like any new file

    // __O_TMPFILE | O_DIRECTORY differ by architecture; null where unknown (no attempt is made).
    private static readonly int? OTmpFile = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x410000,
        Architecture.Arm64 or Architecture.Arm => 0x404000,
        _ => null,
    };

    private static volatile bool s_unsupported = !OperatingSystem.IsLinux() || OTmpFile is null || !Directory.Exists("/proc/self/fd");

    // DllImport (not LibraryImport, which needs unsafe code): strings go to libc as UTF-8 on Unix.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "linkat", SetLastError = true)]
    private static extern int LinkAt(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, int flags);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="finalPath"/> atomically. Returns false, having written
    /// nothing, when unnamed temporary files are not available here or the file could not be named (the caller then
    /// writes through a named temporary file, which reports the error); throws <see cref="IOException"/> when writing fails.
    /// </summary>
    public static bool TryWriteAllBytes(string finalPath, ReadOnlySpan<byte> bytes)
    {
        if (s_unsupported) return false;
        var full = Path.GetFullPath(finalPath);
        var directory = Path.GetDirectoryName(full) ?? "/";
        var fd = Open(directory, OTmpFile!.Value | OWriteOnly | OCloseOnExec, DefaultMode);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            // EOPNOTSUPP (95) / EISDIR (21) / EINVAL (22): no O_TMPFILE on this file system or kernel: never try again.
            if (errno is 95 or 21 or 22)
            {
                s_unsupported = true;
                return false;
            }
            return false; // anything else (missing directory, permissions): the named-file path reports it properly
        }
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        RandomAccess.Write(handle, bytes, 0);
        var self = $"/proc/self/fd/{fd}";
        if (LinkAt(AtFdCwd, self, AtFdCwd, full, AtSymlinkFollow) == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error != EExist)
        {
            // EPERM, ENOENT (no /proc in a sandbox), EXDEV, EINVAL, ENOSYS: linking from /proc is not possible here;
            // anything else (a full disk): the named-file path meets it again and reports it. Nothing was written.
            if (error is 1 or 2 or 18 or 22 or 38) s_unsupported = true;
            return false;
        }
        // The output exists already: link under a hidden name, then rename over it (replaces the entry, never writes
        // into whatever file the old name pointed to).
        for (var attempt = 0; ; attempt++)
        {
            var temp = Path.Join(directory, $".{Path.GetFileName(full)}.{Random.Shared.Next():x8}{AtomicFileWriter.TempSuffix}");
            if (LinkAt(AtFdCwd, self, AtFdCwd, temp, AtSymlinkFollow) == 0)
            {
                try
                {
                    File.Move(temp, full, overwrite: true);
                }
                catch
                {
                    File.Delete(temp);
                    throw;
                }
                return true;
            }
            error = Marshal.GetLastPInvokeError();
            if (error != EExist || attempt >= 10) throw Failure(error, full);
        }
    }

    private static IOException Failure(int errno, string path) =>
        new($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'", errno);
}
