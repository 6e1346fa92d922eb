using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Picks the character a lost byte most likely belonged to, among the characters each possible byte value would
/// make: the most frequent one, and only when it is a clear winner (its rank plus 2 at most half the runner-up's plus 2). Otherwise the character cannot be recovered and is dropped.
/// </summary>
internal struct LostByteGuess
{
    private char _best;
    private int _bestRank;
    private int _secondRank;

    public static LostByteGuess Start() => new() { _bestRank = int.MaxValue, _secondRank = int.MaxValue };

    /// <summary>Offers one possible character.</summary>
    public void Offer(char c)
    {
        var rank = ChineseCharTable.Rank(c);
        if (rank < _bestRank)
        {
            _secondRank = _bestRank;
            _bestRank = rank;
            _best = c;
        }
        else if (rank < _secondRank)
        {
            _secondRank = rank;
        }
    }

    /// <summary>The clear winner, or null.</summary>
    public readonly char? Result =>
        _bestRank == ChineseCharTable.Unranked || _secondRank + 2L < 2L * (_bestRank + 2) ? null : _best;
}
