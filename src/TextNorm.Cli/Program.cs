using System.Runtime.InteropServices;
using TextNorm.Cli;

// Connects the in-process command line (Cli) to the console. The first Ctrl-C or SIGTERM cancels the run, which then
// removes its unfinished temporary files and exits 130; a second one (or 10 s of waiting) exits at once after deleting them.
using var cancellation = new CancellationTokenSource();
// On Unix, a pipe on standard output is written through a plain file descriptor: the console stream of .NET ignores
// EPIPE, so `textnorm ... | head -1` would go on normalizing the whole corpus into a closed pipe. A regular file keeps
// the console stream: FileStream writes at offsets of its own and would leave the shared file offset behind, so in
// `{ textnorm ...; echo more; } > file` the next writer would overwrite the output.
Stream stdout = Console.OpenStandardOutput();
if (!OperatingSystem.IsWindows())
{
    var descriptor = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    if (descriptor.CanSeek) descriptor.Dispose();
    else stdout = descriptor;
}
var cli = new Cli(Console.OpenStandardInput(), stdout, Console.Error)
{
    StderrIsTerminal = !Console.IsErrorRedirected,
};
var signals = 0;
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    if (Interlocked.Increment(ref signals) == 1)
    {
        cancellation.Cancel();
        // Safety net: a read blocked on a silent pipe cannot see the cancellation; do not wait for it forever.
        _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ =>
        {
            cli.Temps.DeleteAll();
            Environment.Exit(ExitCodes.Interrupted);
        }, TaskScheduler.Default);
        return;
    }
    cli.Temps.DeleteAll();
    Environment.Exit(ExitCodes.Interrupted);
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
return await cli.RunAsync(args, cancellation.Token).ConfigureAwait(false);
