using System.Buffers;
using System.Text;

namespace TextNorm.Cli.IO;

/// <summary>Bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>; the owner calls <see cref="Return"/> once.</summary>
internal readonly record struct PooledBytes(byte[] Array, int Length)
{
    public static PooledBytes Empty { get; } = new([], 0);

    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    public void Return()
    {
        if (Array.Length > 0) ArrayPool<byte>.Shared.Return(Array);
    }

    /// <summary>Encodes text as UTF-8 (no BOM) into a rented array.</summary>
    public static PooledBytes Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return Empty;
        // The exact count (a fast vectorized pass) rather than the 3x worst case keeps the rented arrays, and RSS, small.
        var array = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        return new PooledBytes(array, Encoding.UTF8.GetBytes(text, array));
    }
}
