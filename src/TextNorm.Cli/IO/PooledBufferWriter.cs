using System.Buffers;

namespace TextNorm.Cli.IO;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool. Reusable (<see cref="Clear"/>);
/// <see cref="Detach"/> hands the array over to the caller, <see cref="Dispose"/> returns it otherwise.
/// </summary>
internal sealed class PooledBufferWriter<T> : IBufferWriter<T>, IDisposable
{
    private T[] _buffer;

    public PooledBufferWriter(int initialCapacity) => _buffer = ArrayPool<T>.Shared.Rent(Math.Max(initialCapacity, 256));

    public int WrittenCount { get; private set; }

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, WrittenCount);

    public void Clear() => WrittenCount = 0;

    public void Advance(int count) => WrittenCount += count;

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    /// <summary>The rented array and how much of it is written; the caller returns the array to the pool.</summary>
    public (T[] Array, int Length) Detach()
    {
        var detached = (_buffer, WrittenCount);
        _buffer = [];
        WrittenCount = 0;
        return detached;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<T>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length) return;
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, WrittenCount).CopyTo(bigger);
        if (_buffer.Length > 0) ArrayPool<T>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
