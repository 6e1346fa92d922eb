using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Removes what damage left that nothing can be recovered from: runs of U+FFFD, and private-use characters
/// (GBK's user-defined rows) standing in Chinese text. Private use elsewhere (icon fonts in Latin text) is left alone.
/// </summary>
internal static class DebrisRemoval
{
    private static readonly System.Buffers.SearchValues<char> Debris =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0xE000, 0xF8FF - 0xE000 + 1).Select(i => (char)i), '\uFFFD']);

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
            pos = end;
        }
    }

    private static bool InChineseContext(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && IsChinese(text[start - 1]) || end < text.Length && IsChinese(text[end]);

    private static bool IsChinese(char c) =>
        c >= 0x80 && ChineseCharTable.ClassOf(c) is CharKind.CommonPunctuation or CharKind.RankedHan or CharKind.CommonHan
            or CharKind.LessCommonHan or CharKind.RareHan;
}
