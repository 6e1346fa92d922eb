namespace TextNorm.Repair;

/// <summary>
/// The core of "UTF-8 bytes read in a single- or double-byte encoding": given the bytes each character of a window
/// re-encodes to (in the encoding that misread them), finds the runs of characters whose bytes, concatenated, are
/// valid UTF-8 with at least one multi-byte sequence, starting and ending on character boundaries. A byte marked
/// unknown (the misreading decoder's U+FFFD) makes the sequence it belongs to unrecoverable: it is dropped, and
/// decoding goes on at the next sequence.
/// </summary>
internal sealed class Utf8Resegmenter
{
    /// <summary>A byte that was lost.</summary>
    public const int Unknown = -1;

    /// <summary>Stop a segment after this many ASCII bytes in a row: mojibake is not that sparse.</summary>
    private const int MaxAsciiRun = 16;

    private readonly List<int> _bytes = new(256);
    private readonly List<int> _charStart = new(128);

    /// <summary>Starts a new window.</summary>
    public void Clear()
    {
        _bytes.Clear();
        _charStart.Clear();
    }

    /// <summary>Number of characters in the window.</summary>
    public int CharCount => _charStart.Count;

    /// <summary>Appends a character that re-encodes to <paramref name="bytes"/> (each 0–255 or <see cref="Unknown"/>).</summary>
    public void AddChar(ReadOnlySpan<int> bytes)
    {
        _charStart.Add(_bytes.Count);
        foreach (var b in bytes) _bytes.Add(b);
    }

    /// <summary>
    /// Tries the longest segment starting at character <paramref name="first"/>. Returns its end (exclusive character
    /// index) or -1, with the decoded text and how many sequences were lost to unknown bytes.
    /// </summary>
    public int TrySegment(int first, out string decoded, out int lostSequences)
    {
        decoded = "";
        lostSequences = 0;
        var start = _charStart[first];
        if (!IsLead(_bytes[start])) return -1;

        var sb = new System.Text.StringBuilder();
        var bestEnd = -1;
        var bestLength = 0;
        var bestLost = 0;
        var multiByte = 0;
        var asciiRun = 0;
        var pos = start;
        var charIndex = first;
        var total = _bytes.Count;
        Span<char> pairBuffer = stackalloc char[2];
        while (pos < total)
        {
            var b = _bytes[pos];
            int length;
            if (b == Unknown)
            {
                // A lost lead byte: skip to the next byte that can start a sequence.
                lostSequences++;
                pos++;
                while (pos < total && _bytes[pos] is >= 0x80 and <= 0xBF or Unknown) pos++;
                asciiRun = 0;
                goto boundary;
            }
            if (b < 0x80)
            {
                if (++asciiRun > MaxAsciiRun) break;
                sb.Append((char)b);
                pos++;
                goto boundary;
            }
            asciiRun = 0;
            length = b switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || pos + length > total) break;
            var codePoint = length switch { 2 => b & 0x1F, 3 => b & 0x0F, _ => b & 0x07 };
            var lost = false;
            var lostAt = -1;
            var invalid = false;
            for (var k = 1; k < length; k++)
            {
                var c = _bytes[pos + k];
                if (c == Unknown)
                {
                    lostAt = lost ? -1 : k;
                    lost = true;
                    codePoint <<= 6;
                    continue;
                }
                if (c is < 0x80 or > 0xBF)
                {
                    invalid = true;
                    break;
                }
                codePoint = (codePoint << 6) | (c & 0x3F);
            }
            if (invalid) break;
            if (lost)
            {
                // One lost continuation byte of a three-byte character: the most frequent character that fits, if clearly so.
                if (length == 3 && lostAt > 0 && GuessLost(codePoint, 6 * (2 - lostAt)) is { } guessed) sb.Append(guessed);
                else lostSequences++;
            }
            else
            {
                // Reject overlong forms, surrogates and values past U+10FFFF.
                var min = length switch { 2 => 0x80, 3 => 0x800, _ => 0x10000 };
                if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF) break;
                var n = new System.Text.Rune(codePoint).EncodeToUtf16(pairBuffer);
                sb.Append(pairBuffer[..n]);
            }
            multiByte++;
            pos += length;

        boundary:
            while (charIndex + 1 < _charStart.Count && _charStart[charIndex + 1] < pos) charIndex++;
            var charEnd = charIndex + 1 == _charStart.Count ? total : _charStart[charIndex + 1];
            // A segment ends after a character of two or more bytes (a plain ASCII character is no evidence).
            if (charEnd == pos && multiByte > 0 && (b >= 0x80 || charEnd - _charStart[charIndex] > 1))
            {
                bestEnd = charIndex + 1;
                bestLength = sb.Length;
                bestLost = lostSequences;
            }
        }

        if (bestEnd < 0) return -1;
        decoded = sb.ToString(0, bestLength);
        lostSequences = bestLost;
        return bestEnd;
    }

    /// <summary>Tries the 64 values of the continuation byte that sits <paramref name="shift"/> bits up in <paramref name="codePoint"/>.</summary>
    private static char? GuessLost(int codePoint, int shift)
    {
        var guess = LostByteGuess.Start();
        for (var v = 0; v < 64; v++)
        {
            var cp = codePoint | v << shift;
            if (cp is >= 0x800 and < 0xD800 or >= 0xE000 and <= 0xFFFF) guess.Offer((char)cp);
        }
        return guess.Result;
    }

    private static bool IsLead(int b) => b is >= 0xC2 and <= 0xF4;
}
