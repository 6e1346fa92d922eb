namespace TextNorm.Cli.IO;

/// <summary>
/// A piece of a large input, cut at a line break: <c>Buffer[0..Length)</c>, rented from the shared pool (the consumer
/// returns it). <see cref="EndsMidLine"/> is true when a line was too long to fit and had to be cut elsewhere.
/// </summary>
internal readonly record struct ByteChunk(byte[] Buffer, int Length, int Index, bool EndsMidLine)
{
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);
}
