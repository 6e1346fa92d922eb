using System.Text;
using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// The core of "UTF-8 bytes read in a single- or double-byte encoding": given the bytes each character of a window
/// re-encodes to (in the encoding that misread them), decodes UTF-8 from a character's first byte and reports every
/// point where the decoding and the characters end together (a segment boundary), with the running score of the
/// decoded text, so that the caller can choose the segment that gains most. A byte marked unknown (the misreading
/// decoder's U+FFFD) makes its sequence unrecoverable, unless one continuation byte is missing and a clear winner
/// fits (<see cref="LostByteGuess"/>).
/// </summary>
internal sealed class Utf8Resegmenter
{
    /// <summary>A byte that was lost.</summary>
    public const int Unknown = -1;

    /// <summary>Stop a segment after this many ASCII bytes in a row: mojibake is not that sparse.</summary>
    private const int MaxAsciiRun = 16;

    /// <summary>One decoding reads at most this many bytes, so that rejected windows cost linear time.</summary>
    private const int MaxSegmentBytes = 2048;

    /// <summary>A guessed continuation byte must make a character that holds this share of the 64 candidates' frequency.</summary>
    private const double GuessThreshold = 0.7;

    private readonly List<int> _bytes = new(256);
    private readonly List<int> _charStart = new(128);
    private readonly StringBuilder _decoded = new(256);
    private readonly List<Boundary> _boundaries = new(64);

    /// <summary>A place where a segment can end.</summary>
    /// <param name="EndChar">Window index of the first character after the segment.</param>
    /// <param name="DecodedLength">Length of the decoded text up to here.</param>
    /// <param name="Score">Sum of <see cref="DecodedCharScore"/> up to here.</param>
    /// <param name="Letters">Non-ASCII characters decoded up to here (U+FFFD excluded).</param>
    /// <param name="Bad">Decoded characters that Chinese text does not have (Latin, Greek... from two-byte sequences; symbols; private use).</param>
    /// <param name="Replacements">U+FFFD decoded (the bytes EF BF BD: 锟斤拷).</param>
    /// <param name="Lost">Sequences lost to unknown bytes.</param>
    public readonly record struct Boundary(int EndChar, int DecodedLength, double Score, int Letters, int Bad, int Replacements, int Lost);

    /// <summary>Starts a new window.</summary>
    public void Clear()
    {
        _bytes.Clear();
        _charStart.Clear();
    }

    /// <summary>Number of characters in the window.</summary>
    public int CharCount => _charStart.Count;

    /// <summary>The text decoded by the last <see cref="Decode"/>.</summary>
    public StringBuilder Decoded => _decoded;

    /// <summary>Appends a character that re-encodes to <paramref name="bytes"/> (each 0–255 or <see cref="Unknown"/>).</summary>
    public void AddChar(ReadOnlySpan<int> bytes)
    {
        _charStart.Add(_bytes.Count);
        foreach (var b in bytes) _bytes.Add(b);
    }

    /// <summary>How a decoded character counts: like <see cref="ChineseLikeness.Of"/>, but U+0080–U+07FF (what two-byte sequences make) counts against.</summary>
    public static double DecodedCharScore(char c) => c switch
    {
        < '\u0080' => 0,
        < '\u0800' => -1,
        _ => ChineseLikeness.Of(c),
    };

    private static bool IsBad(char c) => c is >= '\u0080' and < '\u0800' || c >= 0x800 && c != '\uFFFD' && ChineseCharTable.ClassOf(c) >= CharKind.OddSymbol;

    /// <summary>
    /// Whether character <paramref name="first"/> begins with a UTF-8 lead byte followed by a continuation byte (or a
    /// lost byte): a cheap test that spares <see cref="Decode"/> for most characters of ordinary text.
    /// </summary>
    public bool MayStartSequence(int first)
    {
        var start = _charStart[first];
        if (!IsLead(_bytes[start])) return false;
        return start + 1 >= _bytes.Count || _bytes[start + 1] is >= 0x80 and <= 0xBF or Unknown;
    }

    /// <summary>
    /// Decodes UTF-8 from the first byte of character <paramref name="first"/> until the bytes stop being UTF-8, and
    /// returns the boundaries passed (empty when the character does not start a multi-byte sequence).
    /// </summary>
    public IReadOnlyList<Boundary> Decode(int first)
    {
        _decoded.Clear();
        _boundaries.Clear();
        var start = _charStart[first];
        if (!IsLead(_bytes[start])) return _boundaries;

        double score = 0;
        int letters = 0, bad = 0, replacements = 0, lost = 0, multiByte = 0, asciiRun = 0;
        var pos = start;
        var charIndex = first;
        var total = _bytes.Count;
        Span<char> pair = stackalloc char[2];
        var limit = Math.Min(total, start + MaxSegmentBytes);
        while (pos < limit && bad == 0)
        {
            var b = _bytes[pos];
            if (b == Unknown)
            {
                // A lost lead byte: skip to the next byte that can start a sequence.
                lost++;
                pos++;
                while (pos < total && _bytes[pos] is >= 0x80 and <= 0xBF or Unknown) pos++;
                asciiRun = 0;
            }
            else if (b < 0x80)
            {
                if (++asciiRun > MaxAsciiRun) break;
                _decoded.Append((char)b);
                pos++;
            }
            else
            {
                asciiRun = 0;
                var length = b switch
                {
                    >= 0xC2 and <= 0xDF => 2,
                    >= 0xE0 and <= 0xEF => 3,
                    >= 0xF0 and <= 0xF4 => 4,
                    _ => 0,
                };
                if (length == 0 || pos + length > limit) break;
                var codePoint = length switch { 2 => b & 0x1F, 3 => b & 0x0F, _ => b & 0x07 };
                int unknownCount = 0, unknownAt = -1;
                var invalid = false;
                for (var k = 1; k < length; k++)
                {
                    var c = _bytes[pos + k];
                    if (c == Unknown)
                    {
                        unknownCount++;
                        unknownAt = k;
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
                if (unknownCount > 0)
                {
                    if (length == 3 && unknownCount == 1 && GuessLost(codePoint, 6 * (2 - unknownAt)) is { } guessed)
                        Append(guessed.ToString());
                    else lost++;
                }
                else
                {
                    // Reject overlong forms, surrogates and values past U+10FFFF.
                    var min = length switch { 2 => 0x80, 3 => 0x800, _ => 0x10000 };
                    if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF) break;
                    var n = new Rune(codePoint).EncodeToUtf16(pair);
                    Append(pair[..n]);
                }
                multiByte++;
                pos += length;
            }

            while (charIndex + 1 < _charStart.Count && _charStart[charIndex + 1] < pos) charIndex++;
            var charEnd = charIndex + 1 == _charStart.Count ? total : _charStart[charIndex + 1];
            // A segment ends after a character of two or more bytes, or after a multi-byte sequence (a plain ASCII character is no evidence).
            // Nothing after a character Chinese text does not have can be accepted: stop there (bad > 0 ends the loop).
            if (charEnd == pos && multiByte > 0 && bad == 0 && (b >= 0x80 || b == Unknown || charEnd - _charStart[charIndex] > 1))
                _boundaries.Add(new Boundary(charIndex + 1, _decoded.Length, score, letters, bad, replacements, lost));
        }
        return _boundaries;

        void Append(ReadOnlySpan<char> chars)
        {
            _decoded.Append(chars);
            foreach (var c in chars)
            {
                if (c == '\uFFFD')
                {
                    replacements++;
                    continue;
                }
                if (char.IsSurrogate(c))
                {
                    letters++;
                    score += 0.1;
                    continue;
                }
                if (c >= 0x80) letters++;
                score += DecodedCharScore(c);
                if (IsBad(c)) bad++;
            }
        }
    }

    /// <summary>Tries the 64 values of the continuation byte that sits <paramref name="shift"/> bits up in <paramref name="codePoint"/>.</summary>
    private static char? GuessLost(int codePoint, int shift)
    {
        var guess = LostByteGuess.Start(GuessThreshold);
        for (var v = 0; v < 64; v++)
        {
            var cp = codePoint | v << shift;
            if (cp is >= 0x800 and < 0xD800 or >= 0xE000 and <= 0xFFFF) guess.Offer((char)cp);
        }
        return guess.Result;
    }

    private static bool IsLead(int b) => b is >= 0xC2 and <= 0xF4;
}
