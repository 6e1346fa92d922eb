namespace TextNorm.Boilerplate;

/// <summary>
/// Credits at the end of the last paragraph: <c>…全面铺开。（陈健翔）</c>, the unclosed <c>…凝聚力。（张建华</c>,
/// <c>（完）</c>, <c>（编辑：张三）</c>, <c>（来源：人民日报）</c>, <c>（新华社）</c>, <c>（编辑：林家娴）1151107</c>. A bracket
/// counts only when it follows the end of a sentence and its content is a credit, so <c>（GDP）</c> or <c>（2019）</c> stay.
/// </summary>
internal static class TrailingCredit
{
    private const int MaxInner = 30;
    private const int MaxCredits = 8;
    private const string SentenceEnds = "。！？…”’」』）)》.!?";

    /// <summary>One credit found at the end of a paragraph.</summary>
    public readonly record struct Credit(int Start, int End, LineFacts Facts);

    /// <summary>Finds the credits at the end of <paramref name="line"/> (a trimmed paragraph), last first.</summary>
    public static List<Credit>? Find(ReadOnlySpan<char> line)
    {
        List<Credit>? credits = null;
        var s = line;
        // A wire-service code right after the last credit belongs to it: "…（编辑：林家娴）1151107" (Taiwan's Central News
        // Agency: year of the Republic and date). Removed only together with a credit.
        var code = 0;
        while (code < s.Length && char.IsAsciiDigit(s[s.Length - 1 - code])) code++;
        if (code is >= 4 and <= 8 && s.Length > code + 2 && s[s.Length - 1 - code] is '）' or ')') s = s[..^code];
        else code = 0;
        // At most a few credits, each looked for in a short window at the end: constant work however long the line.
        for (var round = 0; round < MaxCredits && s.Length > 2; round++)
        {
            var end = round == 0 ? s.Length + code : s.Length;
            LineFacts? facts = null;
            int open;
            if (s[^1] is '）' or ')')
            {
                var windowStart = Math.Max(0, s.Length - MaxInner - 2);
                open = s[windowStart..^1].LastIndexOfAny('（', '(');
                if (open >= 0) open += windowStart;
                if (open < 0 || end - open - 2 > MaxInner || s[(open + 1)..^1].IndexOfAny("（）()") >= 0) break;
                facts = Classify(s[(open + 1)..^1]);
            }
            else
            {
                // Unclosed: "（张建华" — only a name list may be left open.
                var windowStart = Math.Max(0, s.Length - MaxInner - 1);
                open = s[windowStart..].LastIndexOfAny('（', '(');
                if (open >= 0) open += windowStart;
                if (open < 0 || end - open - 1 > MaxInner) break;
                var inner = s[(open + 1)..];
                if (inner.IndexOfAny("）)") >= 0) break;
                var names = LineFacts.Of(BoilerplateKinds.TrailingCredit);
                if (Names.TrySplit(inner, names.Authors, strict: true) && names.Authors.Count > 0) facts = names;
            }
            if (facts is null) break;
            var before = s[..open].TrimEnd(" \u3000");
            if (before.IsEmpty || !SentenceEnds.Contains(before[^1])) break;
            (credits ??= []).Add(new Credit(before.Length, end, facts));
            s = before;
        }
        return credits;
    }

    private static LineFacts? Classify(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim(" \u3000");
        if (inner.IsEmpty) return null;
        if (LineMatchers.IsEndMark(inner)) return LineFacts.Of(BoilerplateKinds.EndMark);
        if (FieldLine.TryParse(inner, out var fields))
        {
            if (fields.Kind == BoilerplateKinds.Byline) fields.Kind = BoilerplateKinds.TrailingCredit;
            return fields.Kind is BoilerplateKinds.TrailingCredit or BoilerplateKinds.Editor or BoilerplateKinds.Dateline or BoilerplateKinds.Caption
                ? fields : null;
        }
        var names = LineFacts.Of(BoilerplateKinds.TrailingCredit);
        if (Names.TrySplit(inner, names.Authors, strict: true) && names.Authors.Count > 0) return names;
        if (LeadCredit.IsPublisher(inner) && inner.Length <= 12)
        {
            names.Source = inner.ToString();
            return names;
        }
        if (LineMatchers.CaptionCredit(inner) is { } caption) return caption;
        return null;
    }
}
