using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// Removes what damage left that nothing can be recovered from: runs of U+FFFD, and private-use characters
/// (GBK's user-defined rows) standing in Chinese text. Private use elsewhere (icon fonts in Latin text) is left alone.
/// </summary>
internal static class DebrisRemoval
{
    private const char PrivateUseFirst = '\uE000';
    private const char PrivateUseLast = '\uF8FF';

    public static void Find(ReadOnlySpan<char> text, List<Repair> repairs)
    {
        var pos = 0;
        // A line also counts as Chinese when an earlier finder recovered Chinese on it (mojibake that this same pass
        // turns into 隨著): a second pass would see that Chinese, so this one must too.
        var recovered = new List<int>();
        foreach (var r in repairs)
            if (r.Replacement.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0) recovered.Add(r.Start);
        recovered.Sort();
        var line = new LineContext(recovered);
        // Debris is private use (one range) or U+FFFD: two vectorized scans, each result kept until passed (a set of
        // 6,400 characters made SearchValues fall back to a bitmap read character by character, 4x slower).
        int nextPrivateUse = -1, nextReplacement = -1;
        while (pos < text.Length)
        {
            if (nextPrivateUse < pos)
                nextPrivateUse = text[pos..].IndexOfAnyInRange(PrivateUseFirst, PrivateUseLast) is var p and >= 0 ? pos + p : int.MaxValue;
            if (nextReplacement < pos)
                nextReplacement = text[pos..].IndexOf('\uFFFD') is var f and >= 0 ? pos + f : int.MaxValue;
            var start = Math.Min(nextPrivateUse, nextReplacement);
            if (start == int.MaxValue) break;
            var end = start;
            var privateUse = false;
            while (end < text.Length && RepairTriggers.IsDebris(text[end]))
            {
                if (text[end] != '\uFFFD') privateUse = true;
                end++;
            }
            if (!privateUse || line.IsChinese(text, start, end))
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

    /// <summary>
    /// Private use "stands in Chinese text" when its line holds Chinese. Judged per line, not by the neighbours: later
    /// steps remove pinyin annotations, controls and spaces and widen punctuation, so a neighbour-based answer changed
    /// on a second pass (<c>報導(shè)\uE0C6</c> kept, then <c>報導\uE0C6</c> removed: not idempotent). The answer for the
    /// current line is cached, so a line full of private use is scanned once.
    /// </summary>
    private struct LineContext(List<int> recoveredChinese)
    {
        private int _start, _end, _nextRecovered;
        private bool _valid, _chinese;

        public bool IsChinese(ReadOnlySpan<char> text, int start, int end)
        {
            if (!_valid || start < _start || end > _end)
            {
                var before = text[..start].LastIndexOfAny(LineBreaks);
                var after = text[end..].IndexOfAny(LineBreaks);
                _start = before + 1;
                _end = after < 0 ? text.Length : end + after;
                _chinese = false;
                var lineText = text[_start.._end];
                for (var i = 0; i < lineText.Length && !_chinese; i++)
                {
                    // Han of Extension B and later counts too: the punctuation step widens marks next to it.
                    _chinese = DebrisRemoval.IsChinese(lineText[i]) || Text.CharClass.IsFullWidthPunctuation(lineText[i])
                        || char.IsHighSurrogate(lineText[i]) && i + 1 < lineText.Length && char.IsLowSurrogate(lineText[i + 1])
                           && char.ConvertToUtf32(lineText[i], lineText[i + 1]) is >= 0x20000 and <= 0x3FFFF;
                }
                // Lines come in increasing order, so one pointer walks the sorted starts of recovered Chinese.
                while (_nextRecovered < recoveredChinese.Count && recoveredChinese[_nextRecovered] < _start) _nextRecovered++;
                if (_nextRecovered < recoveredChinese.Count && recoveredChinese[_nextRecovered] < _end) _chinese = true;
                _valid = true;
            }
            return _chinese;
        }
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    internal static bool IsChinese(char c) =>
        c >= 0x80 && ChineseCharTable.ClassOf(c) is CharKind.CommonPunctuation or CharKind.RankedHan or CharKind.CommonHan
            or CharKind.LessCommonHan or CharKind.RareHan;
}
