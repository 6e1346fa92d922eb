using System.Buffers;
using System.Text;

namespace TextNorm.Repair;

/// <summary>
/// Repairs Latin text whose UTF-8 was read as Latin-1/CP1252 (<c>cafÃ©</c> → <c>café</c>, <c>donâ€™t</c> →
/// <c>don’t</c>), as ftfy does, but only the clear cases: a run of whole UTF-8 sequences, each a two-byte one led by
/// <c>Â</c>/<c>Ã</c>/<c>Å</c> that makes a Latin-1 or Latin Extended-A character, or a three-byte one led by
/// <c>â</c> that makes general punctuation (’ “ ” – — … • € ™). Text read wrongly twice (<c>ÃƒÂ©</c>) is undone
/// again until nothing changes, so that a second pass finds nothing. Real Latin-1 text (<c>Café</c>, <c>naïve</c>,
/// <c>Ã</c> alone) never holds such a pair and is left alone.
/// </summary>
internal static class LatinMojibakeRepair
{
    private static readonly SearchValues<char> Leads = SearchValues.Create("ÂÃÅâ");

    /// <summary>Wrong decodings undone on the same span at most this many times.</summary>
    private const int MaxRounds = 4;

    public static void Find(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var found = new List<Repair>();
        FindRuns(text, found);
        foreach (var run in found)
        {
            var replacement = run.Replacement;
            for (var round = 1; round < MaxRounds; round++)
            {
                var inner = new List<Repair>();
                FindRuns(replacement, inner);
                if (inner.Count == 0) break;
                replacement = MojibakeRepairer.Apply(replacement, inner);
            }
            // A run whose result would make a new clear case with the character before or after it (ÂÂ£ gives Â£, Ã‚£
            // gives Â£) is no misread, only noise that looks like one: left alone, else every pass peeled one more layer.
            if (MakesNewCase(text, run.Start, run.End, replacement)) continue;
            repairs.Add(run with { Replacement = replacement });
        }
    }

    private static bool MakesNewCase(ReadOnlySpan<char> text, int start, int end, string replacement)
    {
        var before = text[Math.Max(0, start - 2)..start];
        var after = text[end..Math.Min(text.Length, end + 2)];
        var context = string.Concat(before, replacement, after);
        var inContext = new List<Repair>();
        FindRuns(context, inContext);
        return inContext.Count > 0;
    }

    /// <summary>Each run of clear cases, decoded once.</summary>
    private static void FindRuns(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOfAny(Leads);
            if (rel < 0) break;
            var start = pos + rel;
            var end = start;
            StringBuilder? decoded = null;
            while (end < text.Length && TryDecode(text, end) is { } one)
            {
                (decoded ??= new StringBuilder()).Append(one.Char);
                end += one.Length;
            }
            if (decoded is not null) repairs.Add(new Repair(start, end - start, decoded.ToString(), ChangeKinds.MojibakeUtf8AsLatin1));
            pos = end > start ? end : start + 1;
        }
    }

    private readonly record struct Decoded(char Char, int Length);

    /// <summary>The character whose UTF-8 bytes, read as Latin-1/CP1252, start at <paramref name="at"/>, when it is one of the clear cases.</summary>
    private static Decoded? TryDecode(ReadOnlySpan<char> text, int at)
    {
        var lead = text[at];
        if (lead is 'Â' or 'Ã' or 'Å')
        {
            if (at + 1 >= text.Length || Continuation(text[at + 1]) is not { } low) return null;
            var c = (char)(((lead - 0xC0) & 0x1F) << 6 | low);
            return c is >= '\u00A0' and <= '\u017F' ? new Decoded(c, 2) : null;
        }
        if (lead == 'â')
        {
            if (at + 2 >= text.Length || Continuation(text[at + 1]) is not { } mid || Continuation(text[at + 2]) is not { } low) return null;
            var c = (char)(0x2000 | mid << 6 | low);
            return c is >= '\u2010' and <= '\u2044' or '\u20AC' or '\u2122' ? new Decoded(c, 3) : null;
        }
        return null;
    }

    /// <summary>The six payload bits of a continuation byte (0x80–0xBF) shown as a Latin-1/CP1252 character, or null.</summary>
    private static int? Continuation(char c) => ByteTables.LatinByte(c) is var b && b is >= 0x80 and <= 0xBF ? b & 0x3F : null;
}
