namespace TextNorm.Repair;

/// <summary>
/// Finds every repair in a text (spec rule 12): GBK one byte out of step, UTF-8 read as GBK, UTF-8 read as
/// Latin-1/CP1252, then debris. Each finder scans for its own trigger characters, so clean text costs a few vector
/// scans. Where two finders claim overlapping spans, the earlier finder in that order wins.
/// </summary>
internal static class MojibakeRepairer
{
    public static List<Repair> FindRepairs(string text)
    {
        var found = new List<Repair>();
        GbkShiftRepair.Find(text, new DocumentBigrams(text), found);
        Utf8MisreadRepair.FindUtf8AsGbk(text, found);
        Utf8MisreadRepair.FindUtf8AsLatin1(text, found);
        DebrisRemoval.Find(text, found);
        if (found.Count == 0) return found;

        // Keep the first claim on each character: finders earlier in the list have priority.
        var claimed = new System.Collections.BitArray(text.Length + 1);
        var accepted = new List<Repair>(found.Count);
        foreach (var repair in found)
        {
            var overlaps = false;
            for (var i = repair.Start; i < repair.End && !overlaps; i++) overlaps = claimed[i];
            if (overlaps) continue;
            for (var i = repair.Start; i < repair.End; i++) claimed[i] = true;
            accepted.Add(repair);
        }
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>Applies repairs (sorted, non-overlapping) to <paramref name="text"/>.</summary>
    public static string Apply(string text, List<Repair> repairs)
    {
        if (repairs.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        var pos = 0;
        foreach (var r in repairs)
        {
            sb.Append(text, pos, r.Start - pos);
            sb.Append(r.Replacement);
            pos = r.End;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>Repairs <paramref name="text"/>; returns the same instance when there is nothing to repair.</summary>
    public static string Repair(string text) => Apply(text, FindRepairs(text));
}
