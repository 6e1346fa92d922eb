namespace TextNorm.Repair;

/// <summary>
/// Finds every repair in a text (spec rule 12): GBK one byte out of step, UTF-8 read as GBK, UTF-8 read as
/// Latin-1/CP1252 (Chinese, then Latin text: <see cref="LatinMojibakeRepair"/>), then debris. Each finder scans for its own trigger characters, so clean text costs a few vector
/// scans. Where two finders claim overlapping spans, the earlier finder in that order wins.
/// </summary>
internal static class MojibakeRepairer
{
    /// <summary>
    /// Characters that a later step deletes (C0 controls but line breaks and whitespace controls, DEL, zero-width
    /// characters, BOM; lone surrogates too, see <see cref="TextView"/>) and that no wrong decoding of multi-byte text produces. The finders look
    /// through them: a span such as <c>è\0¯¯</c> must be judged as <c>è¯¯</c> now, since that is what a second pass
    /// would see once the controls are gone.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Ignorable = System.Buffers.SearchValues.Create(BuildIgnorable(latin: true));

    /// <summary>
    /// For the GBK finders also C1 controls and the soft hyphen, which a GBK decoder never writes (for the Latin-1
    /// finder they are bytes of the damage: <c>\u0085</c> is 0x85).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> IgnorableInGbk = System.Buffers.SearchValues.Create(BuildIgnorable(latin: false));

    private static string BuildIgnorable(bool latin)
    {
        var chars = new List<char>();
        for (var c = '\u0000'; c <= '\u001F'; c++)
            if (c is not ('\n' or '\r' or '\t' or '\u000B' or '\u000C')) chars.Add(c);
        chars.AddRange("\u007F\u200B\u200C\u200D\u2060\uFEFF");
        if (!latin)
        {
            for (var c = '\u0080'; c <= '\u009F'; c++) chars.Add(c);
            chars.Add('\u00AD');
        }
        return new string([.. chars]);
    }

    /// <summary>
    /// The repairs of <paramref name="text"/> (sorted, non-overlapping), decided on the text as later steps will
    /// leave it around them: ignorable characters are looked through, and a repair that spans some removes them
    /// with the damage. Positions are in <paramref name="text"/>.
    /// </summary>
    public static List<Repair> FindRepairs(string text)
    {
        var found = new List<Repair>();
        var gbkView = TextView.Without(text, IgnorableInGbk);
        var start = found.Count;
        GbkShiftRepair.Find(gbkView.Text, new DocumentBigrams(gbkView.Text), found);
        Utf8MisreadRepair.FindUtf8AsGbk(gbkView.Text, found);
        gbkView.MapToSource(found, start);
        // The GBK set holds the other: when the source has none of it, neither view needs building (one scan).
        var latinView = ReferenceEquals(gbkView.Text, text) ? gbkView : TextView.Without(text, Ignorable);
        start = found.Count;
        Utf8MisreadRepair.FindUtf8AsLatin1(latinView.Text, found);
        latinView.MapToSource(found, start);
        // C1 controls and the soft hyphen are bytes of Latin-1 mojibake (å\u0085¨ is 全), but the controls step removes
        // those left over, and a second pass would read what remains (æ¨\u009C… becomes æ¨…, 枞). Read that now too:
        // where the reading with them found nothing, the reading without them may.
        if (gbkView.Text.Length != latinView.Text.Length)
        {
            start = found.Count;
            Utf8MisreadRepair.FindUtf8AsLatin1(gbkView.Text, found);
            gbkView.MapToSource(found, start);
        }
        start = found.Count;
        LatinMojibakeRepair.Find(latinView.Text, found);
        latinView.MapToSource(found, start);
        DebrisRemoval.Find(text, found);
        if (found.Count == 0) return found;

        // Keep the first claim on each character: finders earlier in the list have priority.
        var claimed = new System.Collections.BitArray(text.Length + 1);
        var accepted = new List<Repair>(found.Count);
        foreach (var repair in found)
        {
            var overlaps = false;
            for (var i = repair.Start; i < repair.End && !overlaps; i++) overlaps = claimed[i];
            if (overlaps && repair.Replacement.Length == 0)
            {
                // Debris that a recovering repair partly claims: the rest of it still goes (else U+FFFD or private
                // use survived beside the recovered text, and a second pass removed it).
                for (var i = repair.Start; i < repair.End; i++)
                {
                    if (claimed[i]) continue;
                    var end = i + 1;
                    while (end < repair.End && !claimed[end]) end++;
                    for (var k = i; k < end; k++) claimed[k] = true;
                    accepted.Add(repair with { Start = i, Length = end - i });
                    i = end;
                }
                continue;
            }
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
