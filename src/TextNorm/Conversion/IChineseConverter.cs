using System.Buffers;

namespace TextNorm.Conversion;

/// <summary>A script converter (for example an OpenCC preset). Implementations must be thread-safe.</summary>
public interface IChineseConverter
{
    /// <summary>Converts a string; returns the same instance when nothing changes.</summary>
    string Convert(string text);

    /// <summary>
    /// Converts <paramref name="text"/> and appends the result to <paramref name="destination"/>. Text may be fed in
    /// pieces split at line breaks: no dictionary entry spans a line break, so the result is the same as converting the whole.
    /// </summary>
    void Convert(ReadOnlySpan<char> text, IBufferWriter<char> destination);
}
