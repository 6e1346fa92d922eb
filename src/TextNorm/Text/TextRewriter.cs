using System.Buffers;

namespace TextNorm.Text;

/// <summary>
/// Builds a step's output from its input by edits in increasing source order. Nothing is allocated until the first
/// edit, and a rewriter with no edit hands back the source instance, so a step that finds nothing to do costs only
/// its scan. The output buffer comes from <see cref="ArrayPool{T}"/>; call <see cref="ToStringAndDispose"/> (or
/// <see cref="Dispose"/>) exactly once.
/// </summary>
internal struct TextRewriter : IDisposable
{
    private readonly string _source;
    private char[]? _buffer;
    private int _length;
    private int _copied;

    public TextRewriter(string source)
    {
        _source = source;
        _buffer = null;
        _length = 0;
        _copied = 0;
    }

    /// <summary>True once any edit was made.</summary>
    public readonly bool HasEdits => _buffer is not null;

    /// <summary>The source position up to which the source has been consumed (copied or replaced).</summary>
    public readonly int Consumed => _copied;

    /// <summary>Replaces <paramref name="count"/> source characters at <paramref name="start"/> (not before <see cref="Consumed"/>).</summary>
    public void Replace(int start, int count, ReadOnlySpan<char> replacement)
    {
        if ((uint)start < (uint)_copied || start + count > _source.Length)
            throw new ArgumentOutOfRangeException(nameof(start), "Edits must come in increasing source order.");
        var keep = start - _copied;
        EnsureCapacity(keep + replacement.Length);
        _source.AsSpan(_copied, keep).CopyTo(_buffer.AsSpan(_length));
        _length += keep;
        replacement.CopyTo(_buffer.AsSpan(_length));
        _length += replacement.Length;
        _copied = start + count;
    }

    /// <summary>Replaces one source character with one character.</summary>
    public void Replace(int index, char replacement) => Replace(index, 1, new ReadOnlySpan<char>(in replacement));

    /// <summary>Removes <paramref name="count"/> source characters at <paramref name="start"/>.</summary>
    public void Remove(int start, int count) => Replace(start, count, default);

    /// <summary>
    /// The output character that directly precedes source position <paramref name="position"/> (≥ <see cref="Consumed"/>),
    /// counting <paramref name="back"/> characters back (1 = the nearest); <c>'\0'</c> before the start.
    /// </summary>
    public readonly char OutputBefore(int position, int back = 1)
    {
        var inSource = position - _copied;
        if (back <= inSource) return _source[position - back];
        var inBuffer = back - inSource;
        return inBuffer <= _length ? _buffer![_length - inBuffer] : '\0';
    }

    /// <summary>The output: the source itself when nothing was edited. Returns the buffer to the pool.</summary>
    public string ToStringAndDispose()
    {
        if (_buffer is null) return _source;
        var tail = _source.Length - _copied;
        var result = string.Create(_length + tail, (this._buffer, _length, _source, _copied), static (span, s) =>
        {
            s._buffer.AsSpan(0, s._length).CopyTo(span);
            s._source.AsSpan(s._copied).CopyTo(span[s._length..]);
        });
        Dispose();
        return result;
    }

    public void Dispose()
    {
        if (_buffer is not null) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
    }

    private void EnsureCapacity(int extra)
    {
        if (_buffer is null)
        {
            // Most steps shrink or keep the length; start at the source length plus room for a few insertions.
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(_source.Length + 16, extra + 16));
            return;
        }
        if (_length + extra <= _buffer.Length) return;
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
