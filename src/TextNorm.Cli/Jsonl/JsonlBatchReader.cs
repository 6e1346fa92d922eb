using System.Buffers;

namespace TextNorm.Cli.Jsonl;

/// <summary>
/// Reads JSON Lines from a stream into batches of whole lines, for parallel processing. Lines end at <c>\n</c>
/// (a trailing <c>\r</c> is removed); blank lines are not records and are passed over; a UTF-8 BOM at the start is
/// dropped. A line longer than <c>maxLineBytes</c> is never held in memory: its bytes are skipped and it becomes an
/// oversize marker, reported by the caller with its line number. With <c>keepOversize</c> (<c>--on-error keep</c>) the
/// bytes of such a line are passed on as raw pieces of at most the read size (the first one at most
/// <c>maxLineBytes</c>: what was gathered before the line proved too long), in order, ahead of its oversize marker, so
/// it is copied unchanged while memory stays bounded by the batches in flight. A batch is closed when it is full, and also whenever
/// a read returns less than asked (the input is a pipe with nothing more waiting), so records flow on through a
/// Unix pipeline instead of waiting for a full batch.
/// </summary>
internal sealed class JsonlBatchReader
{
    private const int ReadSize = 1 << 20;
    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private readonly int _batchBytes;
    private readonly bool _keepOversize;

    public JsonlBatchReader(Stream stream, long maxLineBytes, int batchBytes = 256 * 1024, bool keepOversize = false)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _batchBytes = batchBytes;
        _keepOversize = keepOversize;
    }

    /// <summary>Bytes read so far (for progress).</summary>
    public long BytesRead { get; private set; }

    public IEnumerable<JsonlBatch> ReadBatches()
    {
        var readBuffer = ArrayPool<byte>.Shared.Rent(ReadSize);
        var partial = new ArrayBufferWriter<byte>();
        long partialLength = 0; // bytes of the current line seen so far (may exceed what partial holds when oversize)
        long lineNumber = 0;
        var atStart = true;
        var batch = new JsonlBatch(_batchBytes);
        try
        {
            while (true)
            {
                var n = _stream.Read(readBuffer, 0, ReadSize);
                BytesRead += n;
                if (n == 0) break;
                var position = 0; // spans cannot live across a yield: walk the read buffer by index
                if (atStart)
                {
                    atStart = false;
                    if (readBuffer.AsSpan(0, n).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) position = 3;
                }
                while (position < n)
                {
                    var newline = readBuffer.AsSpan(position, n - position).IndexOf((byte)'\n');
                    var pieceLength = newline >= 0 ? newline : n - position;
                    if (partialLength + pieceLength > _maxLineBytes)
                    {
                        if (_keepOversize)
                        {
                            // Too long to hold: pass it on in pieces. What was gathered before it proved too long goes first.
                            if (partial.WrittenCount > 0 && AddRawPiece(ref batch, partial.WrittenSpan, lineNumber + 1) is { } before)
                            {
                                partial.Clear();
                                yield return before;
                            }
                            partial.Clear();
                            if (AddRawPiece(ref batch, readBuffer.AsSpan(position, pieceLength), lineNumber + 1) is { } piece)
                                yield return piece;
                        }
                        partial.Clear(); // too long: stop keeping it, keep counting
                        partialLength += pieceLength;
                    }
                    else if (newline < 0 || partialLength > 0)
                    {
                        partial.Write(readBuffer.AsSpan(position, pieceLength));
                        partialLength += pieceLength;
                    }
                    if (newline < 0) break;
                    lineNumber++;
                    var lineLength = partialLength > 0 ? partialLength : pieceLength;
                    JsonlBatch? full = null;
                    if (lineLength > _maxLineBytes) batch.AddOversize(lineNumber, lineLength);
                    else if (partialLength > 0) full = AddLine(ref batch, partial.WrittenSpan, lineNumber);
                    else full = AddLine(ref batch, readBuffer.AsSpan(position, pieceLength), lineNumber);
                    partial.Clear();
                    if (partial.Capacity > 4 * _batchBytes) partial = new ArrayBufferWriter<byte>();
                    partialLength = 0;
                    position += pieceLength + 1;
                    if (full is not null) yield return full;
                }
                if (n < ReadSize && batch.Lines.Count > 0)
                {
                    yield return batch;
                    batch = new JsonlBatch(_batchBytes);
                }
            }
            if (partialLength > 0)
            {
                lineNumber++;
                if (partialLength > _maxLineBytes) batch.AddOversize(lineNumber, partialLength);
                else if (AddLine(ref batch, partial.WrittenSpan, lineNumber) is { } full) yield return full;
            }
            if (batch.Lines.Count > 0)
            {
                yield return batch;
                batch = new JsonlBatch(0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(readBuffer);
            batch.Release();
        }
    }

    /// <summary>Adds a piece of an oversize line; returns the batch to hand on when it is full (or had to be closed).</summary>
    private JsonlBatch? AddRawPiece(ref JsonlBatch batch, ReadOnlySpan<byte> bytes, long lineNumber)
    {
        if (bytes.IsEmpty) return null;
        JsonlBatch? full = null;
        if (bytes.Length > batch.Free)
        {
            if (batch.Lines.Count > 0) full = batch;
            else batch.Release();
            batch = new JsonlBatch(Math.Max(_batchBytes, bytes.Length));
        }
        batch.AddRawPiece(bytes, lineNumber);
        if (batch.Used >= _batchBytes && full is null)
        {
            full = batch;
            batch = new JsonlBatch(_batchBytes);
        }
        return full;
    }

    /// <summary>Adds a line (without its <c>\r</c>) unless blank; returns the previous batch when it had to be closed.</summary>
    private JsonlBatch? AddLine(ref JsonlBatch batch, ReadOnlySpan<byte> line, long lineNumber)
    {
        if (line.EndsWith((byte)'\r')) line = line[..^1];
        if (line.Trim(" \t"u8).IsEmpty) return null;
        JsonlBatch? full = null;
        if (line.Length > batch.Free)
        {
            if (batch.Lines.Count > 0) full = batch;
            else batch.Release();
            batch = new JsonlBatch(Math.Max(_batchBytes, line.Length));
        }
        batch.Add(line, [], lineNumber);
        if (batch.Used >= _batchBytes && full is null)
        {
            full = batch;
            batch = new JsonlBatch(_batchBytes);
        }
        return full;
    }
}
