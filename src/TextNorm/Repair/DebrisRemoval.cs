using System.Buffers;
using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Removes what damage left that nothing can be recovered from: runs of U+FFFD, and private-use characters
/// (GBK's user-defined rows) standing in Chinese text. Private use elsewhere (icon fonts in Latin text) is left alone.
/// </summary>
internal static class DebrisRemoval
{
    /// <summary>U+FFFD and the private-use area, searched in one pass (two separate searches rescanned the rest of the text per hit).</summary>
    private static readonly SearchValues<char> Debris = SearchValues.Create(DebrisChars());

    public static void Find(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var rel = text[pos..].IndexOfAny(Debris);
            if (rel < 0) break;
            var start = pos + rel;
            var end = start;
            var privateUse = false;
            while (end < text.Length && RepairTriggers.IsDebris(text[end]))
            {
                if (text[end] != '\uFFFD') privateUse = true;
                end++;
            }
            if (!privateUse || InChineseContext(text, start, end))
                repairs.Add(new Repair(start, end - start, "", ChangeKinds.Unrecoverable));
            else
                RemoveReplacementCharacters(text, start, end, repairs);
            pos = end;
        }
    }

    /// <summary>Private use kept outside Chinese text may hold U+FFFD: that is never content, so it goes on its own.</summary>
    private static void RemoveReplacementCharacters(ReadOnlySpan<char> text, int start, int end, List<Repair> repairs)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\uFFFD') continue;
            var runEnd = i + 1;
            while (runEnd < end && text[runEnd] == '\uFFFD') runEnd++;
            repairs.Add(new Repair(i, runEnd - i, "", ChangeKinds.Unrecoverable));
            i = runEnd;
        }
    }

    private static string DebrisChars()
    {
        var chars = new char[0xF8FF - 0xE000 + 2];
        for (var c = 0xE000; c <= 0xF8FF; c++) chars[c - 0xE000] = (char)c;
        chars[^1] = '\uFFFD';
        return new string(chars);
    }

    private static bool InChineseContext(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && IsChinese(text[start - 1]) || end < text.Length && IsChinese(text[end]);

    private static bool IsChinese(char c) =>
        c >= 0x80 && ChineseCharTable.ClassOf(c) is CharKind.CommonPunctuation or CharKind.RankedHan or CharKind.CommonHan
            or CharKind.LessCommonHan or CharKind.RareHan;
}
