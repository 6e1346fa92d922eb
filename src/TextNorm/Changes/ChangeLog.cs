namespace TextNorm;

/// <summary>Collects the changes of one document while the pipeline runs. One instance per call: not shared between threads.</summary>
internal sealed class ChangeLog
{
    private readonly int _maxItems;
    private List<TextChange>? _items;
    // Counts per kind in two small arrays (a document sees a handful of kinds, from ChangeKinds' constants): the kind
    // is found by reference first, which costs less than hashing the string for every change.
    private string[]? _countKinds;
    private int[]? _countValues;
    private int _kindCount;
    private int _dropped;

    public ChangeLog(int maxItems) => _maxItems = maxItems;

    /// <summary>The step currently running; set by the pipeline so steps need not repeat their name.</summary>
    public string CurrentStep { get; set; } = "";

    /// <summary>Records one change. <paramref name="before"/> and <paramref name="after"/> are cut to 200 characters.</summary>
    public void Record(string kind, int position, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        Count(kind, 1);
        if (_items is not null && _items.Count >= _maxItems || _maxItems <= 0)
        {
            _dropped++;
            return;
        }
        (_items ??= []).Add(new TextChange(CurrentStep, kind, position, Clip(before), Clip(after)));
    }

    /// <summary>Counts <paramref name="n"/> changes of a kind without recording their detail (for very frequent, uninteresting fixes).</summary>
    public void Count(string kind, int n)
    {
        if (n <= 0) return;
        _countKinds ??= new string[8];
        _countValues ??= new int[8];
        for (var i = 0; i < _kindCount; i++)
        {
            if (ReferenceEquals(_countKinds[i], kind))
            {
                _countValues[i] += n;
                return;
            }
        }
        for (var i = 0; i < _kindCount; i++)
        {
            if (string.Equals(_countKinds[i], kind, StringComparison.Ordinal))
            {
                _countValues[i] += n;
                return;
            }
        }
        if (_kindCount == _countKinds.Length)
        {
            Array.Resize(ref _countKinds, _kindCount * 2);
            Array.Resize(ref _countValues, _kindCount * 2);
        }
        _countKinds[_kindCount] = kind;
        _countValues[_kindCount++] = n;
    }

    public ChangeReport ToReport()
    {
        if (_kindCount == 0) return ChangeReport.None;
        var counts = new Dictionary<string, int>(_kindCount, StringComparer.Ordinal);
        for (var i = 0; i < _kindCount; i++) counts[_countKinds![i]] = _countValues![i];
        return new ChangeReport(_items?.ToArray() ?? [], counts, _dropped);
    }

    private static string Clip(ReadOnlySpan<char> s) => s.Length <= 200 ? s.ToString() : string.Concat(s[..199], "…");
}
