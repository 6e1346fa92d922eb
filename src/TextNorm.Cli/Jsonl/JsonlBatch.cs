using System.Buffers;

namespace TextNorm.Cli.Jsonl;

/// <summary>One line of a JSON Lines input inside a <see cref="JsonlBatch"/>.</summary>
/// <param name="Offset">Where the line starts in <see cref="JsonlBatch.Data"/>.</param>
/// <param name="Length">Its length in bytes (without the line break).</param>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="OversizeLength">When above zero, the line was longer than the limit: it was not kept and this is its length.</param>
/// <param name="IsRawPiece">A piece of a line longer than the limit, to be copied to the output unchanged (with
/// <c>--on-error keep</c>); not a record: the oversize entry that follows the last piece stands for the record.</param>
internal readonly record struct JsonlLine(int Offset, int Length, long LineNumber, long OversizeLength, bool IsRawPiece = false)
{
    public bool IsOversize => OversizeLength > 0;
}

/// <summary>Consecutive lines of a JSON Lines input, stored back to back in one rented buffer (returned by <see cref="Release"/>).</summary>
internal sealed class JsonlBatch
{
    public JsonlBatch(int capacity) => Data = ArrayPool<byte>.Shared.Rent(capacity);

    public byte[] Data { get; private set; }

    public int Used { get; private set; }

    public List<JsonlLine> Lines { get; } = [];

    public int Free => Data.Length - Used;

    public void Add(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, long lineNumber)
    {
        var offset = Used;
        first.CopyTo(Data.AsSpan(Used));
        Used += first.Length;
        second.CopyTo(Data.AsSpan(Used));
        Used += second.Length;
        Lines.Add(new JsonlLine(offset, first.Length + second.Length, lineNumber, 0));
    }

    public void AddOversize(long lineNumber, long length) => Lines.Add(new JsonlLine(Used, 0, lineNumber, length));

    public void AddRawPiece(ReadOnlySpan<byte> bytes, long lineNumber)
    {
        var offset = Used;
        bytes.CopyTo(Data.AsSpan(Used));
        Used += bytes.Length;
        Lines.Add(new JsonlLine(offset, bytes.Length, lineNumber, 0, IsRawPiece: true));
    }

    public ReadOnlySpan<byte> Span(JsonlLine line) => Data.AsSpan(line.Offset, line.Length);

    public void Release()
    {
        if (Data.Length > 0) ArrayPool<byte>.Shared.Return(Data);
        Data = [];
    }
}
