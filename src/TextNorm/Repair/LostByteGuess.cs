using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Picks the character a lost byte most likely belonged to, among the characters each possible byte value would
/// make: each candidate is weighed by its frequency in Chinese text (<see cref="ChineseCharTable.Frequency"/>), times
/// any evidence the caller adds (the document itself using the candidate next to its neighbours), and the heaviest
/// is taken only when it holds most of the total weight. Otherwise the character cannot be recovered and is dropped.
/// </summary>
internal struct LostByteGuess
{
    private char _best;
    private double _bestWeight;
    private double _total;
    private double _threshold;

    /// <summary>A new guess; the winner must hold at least <paramref name="threshold"/> of the total weight.</summary>
    public static LostByteGuess Start(double threshold) => new() { _threshold = threshold };

    /// <summary>Offers one possible character, its frequency multiplied by <paramref name="evidence"/> (1 = none).</summary>
    public void Offer(char c, double evidence = 1)
    {
        var weight = ChineseCharTable.Frequency(c) * evidence;
        _total += weight;
        if (weight > _bestWeight)
        {
            _bestWeight = weight;
            _best = c;
        }
    }

    /// <summary>The clear winner, or null.</summary>
    public readonly char? Result => _total > 0 && _bestWeight >= _threshold * _total ? _best : null;
}
