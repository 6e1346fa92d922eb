namespace TextNorm;

/// <summary>Collects the changes of one document while the pipeline runs. One instance per call: not shared between threads.</summary>
internal sealed class ChangeLog
{
    private readonly int _maxItems;
    private List<TextChange>? _items;
    private Dictionary<string, int>? _counts;
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
        _counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _counts[kind] = _counts.GetValueOrDefault(kind) + n;
    }

    public ChangeReport ToReport() =>
        _counts is null ? ChangeReport.None : new ChangeReport(_items?.ToArray() ?? [], _counts, _dropped);

    private static string Clip(ReadOnlySpan<char> s) => s.Length <= 200 ? s.ToString() : string.Concat(s[..199], "…");
}
