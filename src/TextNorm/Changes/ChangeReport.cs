using System.Collections.ObjectModel;

namespace TextNorm;

/// <summary>
/// What the normalizer changed in one document: exact counts per kind, and the individual changes
/// (kind, position, before, after) up to <see cref="TextNormalizerOptions.MaxRecordedChanges"/>.
/// Reports of many documents can be summed with <see cref="ChangeTotals"/>.
/// </summary>
public sealed class ChangeReport
{
    /// <summary>A report with no change.</summary>
    public static ChangeReport None { get; } = new([], new Dictionary<string, int>(), 0);

    internal ChangeReport(IReadOnlyList<TextChange> items, IReadOnlyDictionary<string, int> counts, int droppedItems)
    {
        Items = items;
        Counts = counts;
        DroppedItems = droppedItems;
    }

    /// <summary>The recorded changes in the order they were made.</summary>
    public IReadOnlyList<TextChange> Items { get; }

    /// <summary>How many changes of each kind were made (exact, even when <see cref="Items"/> was capped).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>How many changes were counted but not kept in <see cref="Items"/> because of the cap.</summary>
    public int DroppedItems { get; }

    /// <summary>Total number of changes to the text (every kind but the decisions of <see cref="ChangeKinds.IsDecision"/>).</summary>
    public int Total => Counts.Where(c => !ChangeKinds.IsDecision(c.Key)).Sum(c => c.Value);

    /// <summary>True when the text was not changed. Decisions (the encoding detected, the script conversion chosen) may still be listed.</summary>
    public bool IsEmpty => Total == 0;

    /// <summary>How many changes of <paramref name="kind"/> were made.</summary>
    public int Count(string kind) => Counts.TryGetValue(kind, out var n) ? n : 0;

    /// <summary>The changes of one kind among the recorded items.</summary>
    public IEnumerable<TextChange> OfKind(string kind) => Items.Where(c => c.Kind == kind);
}

/// <summary>Sums the change counts of many documents (for a corpus report). Not thread-safe: give each thread its own, then <see cref="Add(ChangeTotals)"/>.</summary>
public sealed class ChangeTotals
{
    private readonly SortedDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Number of documents added.</summary>
    public long Documents { get; private set; }

    /// <summary>Counts per kind over all documents added.</summary>
    public IReadOnlyDictionary<string, long> Counts => new ReadOnlyDictionary<string, long>(_counts);

    /// <summary>Adds one document's report.</summary>
    public void Add(ChangeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Documents++;
        foreach (var (kind, n) in report.Counts)
            _counts[kind] = _counts.GetValueOrDefault(kind) + n;
    }

    /// <summary>Adds another set of totals.</summary>
    public void Add(ChangeTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        foreach (var (kind, n) in other._counts)
            _counts[kind] = _counts.GetValueOrDefault(kind) + n;
    }
}
