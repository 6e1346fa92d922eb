using System.Runtime.CompilerServices;

namespace TextNorm.Text;

/// <summary>
/// A set of UTF-16 code units as a 64K-bit table (8 KB): one load and one bit test per character. For hot per-character
/// tests on sets with scattered non-ASCII members, where <c>string.Contains(char)</c> and a probabilistic
/// <see cref="System.Buffers.SearchValues{T}"/> cost several nanoseconds each.
/// </summary>
internal sealed class CharBitmap
{
    private readonly ulong[] _bits = new ulong[1024];

    public CharBitmap(IEnumerable<char> chars)
    {
        ArgumentNullException.ThrowIfNull(chars);
        foreach (var c in chars) _bits[c >> 6] |= 1UL << c;
    }

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var bits = _bits;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 6] & (1UL << c)) != 0) return i;
        }
        return -1;
    }
}
