namespace TextNorm.Repair;

/// <summary>One repair: replace <see cref="Length"/> characters at <see cref="Start"/> with <see cref="Replacement"/>.</summary>
/// <param name="Start">Index of the first damaged character.</param>
/// <param name="Length">Number of damaged characters.</param>
/// <param name="Replacement">The recovered text (empty when the damage is removed).</param>
/// <param name="Kind">One of the mojibake kinds of <see cref="ChangeKinds"/>.</param>
internal readonly record struct Repair(int Start, int Length, string Replacement, string Kind)
{
    public int End => Start + Length;
}
