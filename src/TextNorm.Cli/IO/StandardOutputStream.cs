namespace TextNorm.Cli.IO;

/// <summary>
/// Standard output as the commands see it: a write that fails (the reader closed the pipe, a full disk behind a
/// redirection) becomes an <see cref="OutputClosedException"/>. That is not an <see cref="IOException"/>, so no
/// per-input error handler mistakes it for a problem with one input and carries on: the run stops at once.
/// </summary>
internal sealed class StandardOutputStream : Stream
{
    private readonly Stream _inner;

    public StandardOutputStream(Stream inner) => _inner = inner;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>Standard output cannot be written any more; the run stops (exit code 1, one line on stderr).</summary>
internal sealed class OutputClosedException : Exception
{
    public OutputClosedException(IOException inner) : base(Describe(inner), inner) { }

    public OutputClosedException() : base("cannot write standard output") { }

    public OutputClosedException(string message) : base(message) { }

    public OutputClosedException(string message, Exception innerException) : base(message, innerException) { }

    private static string Describe(IOException e) =>
        // EPIPE: 32 on Linux and macOS.
        e.HResult == 32 || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase)
            ? "the reader closed the pipe (broken pipe); stopped"
            : "cannot write: " + Messages.Describe(e) + "; stopped";
}
