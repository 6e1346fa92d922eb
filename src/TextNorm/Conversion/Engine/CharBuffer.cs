using System.Buffers;
using System.Runtime.CompilerServices;

namespace TextNorm.Conversion.Engine;

/// <summary>
/// A growable output buffer rented from <see cref="ArrayPool{T}"/>. A mutable struct: pass it by <c>ref</c> and
/// <see cref="Dispose"/> it once (returns the array to the pool).
/// </summary>
internal struct CharBuffer : IDisposable
{
    private char[] _array;
    private int _length;

    public CharBuffer(int capacity)
    {
        _array = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> WrittenSpan => _array.AsSpan(0, _length);

    /// <summary>The underlying array (for hot loops that write through a ref); valid until the next grow.</summary>
    public readonly char[] Array => _array;

    public void Clear() => _length = 0;

    /// <summary>Makes room for <paramref name="count"/> more characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureFree(int count)
    {
        if (_array.Length - _length < count) Grow(count);
    }

    /// <summary>Marks <paramref name="count"/> characters written directly into <see cref="Array"/> as part of the buffer.</summary>
    public void Advance(int count) => _length += count;

    public void Append(ReadOnlySpan<char> text)
    {
        EnsureFree(text.Length);
        text.CopyTo(_array.AsSpan(_length));
        _length += text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        EnsureFree(1);
        _array[_length++] = c;
    }

    private void Grow(int count)
    {
        var needed = (long)_length + count;
        if (needed > System.Array.MaxLength) throw new InvalidOperationException("The converted text is too long for one buffer.");
        var size = (int)Math.Min(System.Array.MaxLength, Math.Max(needed, (long)_array.Length * 2));
        var bigger = ArrayPool<char>.Shared.Rent(size);
        _array.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_array);
        _array = bigger;
    }

    public void Dispose()
    {
        if (_array is { Length: > 0 }) ArrayPool<char>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }
}
