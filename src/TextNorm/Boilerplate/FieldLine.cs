using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>What a field in a dateline, byline or editor line holds.</summary>
internal enum FieldType
{
    Published,
    Source,
    Author,
    Editor,
    Photo,
    Counter,
    Widget,
}

/// <summary>
/// Reads a line made only of <c>标签：值</c> fields, a printed date and widget words — a dateline
/// (<c>2017-10-23 08:38:12 来源：临汾新闻网</c>), a source line (<c>来源：X 作者：Y</c>), a byline (<c>记者 王小庚</c>),
/// an editor line (<c>（网络编辑：崔晓萌）</c>), a counter (<c>阅读：1234</c>). A line with anything else in it
/// (a sentence that happens to start with <c>编辑</c> or a date) is not a field line. Linear: one pass per line,
/// labels looked up by their first character.
/// </summary>
internal static class FieldLine
{
    public const int MaxLength = 200;

    private static readonly Dictionary<char, (string Label, FieldType Type)[]> LabelsByFirstChar = BuildLabels();

    private static Dictionary<char, (string, FieldType)[]> BuildLabels()
    {
        var all = new List<(string Label, FieldType Type)>();
        void Add(IEnumerable<string> labels, FieldType type) => all.AddRange(labels.Select(l => (l, type)));
        Add(BoilerplateData.PublishedLabels, FieldType.Published);
        Add(BoilerplateData.SourceLabels, FieldType.Source);
        Add(BoilerplateData.AuthorLabels, FieldType.Author);
        Add(BoilerplateData.EditorLabels, FieldType.Editor);
        Add(BoilerplateData.PhotoLabels, FieldType.Photo);
        Add(BoilerplateData.CounterLabels, FieldType.Counter);
        Add(BoilerplateData.WidgetLabels, FieldType.Widget);
        // Longest first, so 责任编辑 wins over 编辑 and 发布时间 over 时间.
        return all.DistinctBy(x => x.Label).GroupBy(x => x.Label[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Label.Length).ToArray());
    }

    private readonly record struct Mark(FieldType Type, int LabelStart, int ValueStart);

    /// <summary>Parses a trimmed line; on success <paramref name="facts"/> holds its kind and what it says.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out LineFacts facts)
    {
        facts = null!;
        if (line.Length is 0 or > MaxLength) return false;
        // Every part of a field line is a label, a short value, a date or a widget word: none holds a sentence end.
        if (line.IndexOfAny(SentenceEnds) >= 0) return false;
        line = StripEnclosingBrackets(StripUpdateNote(line));
        if (line.IsEmpty) return false;

        // Blank out the date so it separates fields like a space does.
        Span<char> buffer = stackalloc char[line.Length];
        line.CopyTo(buffer);
        string? published = null;
        if (DateTimeScanner.TryFind(line, out var date))
        {
            published = date.Iso;
            buffer[date.Start..date.End].Fill(' ');
            // Later dates are update times ("发布时间：… 更新时间：2026-11-07 14:30"): the first one is the publication.
            for (var from = date.End; from < buffer.Length && DateTimeScanner.TryFind(buffer[from..], out var later); from += later.End)
                buffer[(from + later.Start)..(from + later.End)].Fill(' ');
        }
        var accountHeader = published is not null && BlankAccountHeaderMarks(buffer);
        ReadOnlySpan<char> s = buffer;

        var marks = new List<Mark>(4);
        for (var p = 0; p < s.Length; p++)
        {
            var atTokenStart = p == 0 || IsSeparator(s[p - 1]);
            if (atTokenStart && RoleToken(s[p..]) is var (roleType, roleLength) && roleLength > 0)
            {
                // "澎湃新闻记者 王选辉", "每经编辑 李四": a token that ends with a role word is a label.
                marks.Add(new Mark(roleType, p, p + roleLength));
                p += roleLength - 1;
                continue;
            }
            if (!LabelsByFirstChar.TryGetValue(s[p], out var candidates)) continue;
            foreach (var (label, type) in candidates)
            {
                if (!s[p..].StartsWith(label, StringComparison.Ordinal)) continue;
                var q = p + label.Length;
                // "责任编辑 : 张三": spaces before the colon.
                var colonAt = q;
                while (colonAt < s.Length && CharClass.IsInlineSpace(s[colonAt])) colonAt++;
                if (colonAt > q && colonAt < s.Length && s[colonAt] is '：' or ':') q = colonAt;
                int valueStart;
                if (q < s.Length && s[q] is '：' or ':') valueStart = q + 1;
                else if (!atTokenStart) continue;
                else if (q < s.Length && s[q] is '丨' or '|' or '｜') valueStart = q + 1;
                else if (type is FieldType.Author or FieldType.Photo or FieldType.Widget or FieldType.Counter or FieldType.Editor
                         && ((q == s.Length && type != FieldType.Counter) || (q < s.Length && (CharClass.IsInlineSpace(s[q]) || s[q] is '/' or '／'))))
                    valueStart = Math.Min(q + 1, s.Length);
                else if (type == FieldType.Author && label.EndsWith("记者", StringComparison.Ordinal) && q < s.Length && CharClass.IsHan(s[q]))
                    valueStart = q; // 记者王小庚
                else continue;
                marks.Add(new Mark(type, p, valueStart));
                p = valueStart - 1;
                break;
            }
        }

        if (marks.Count == 0 && published is null) return false;
        var result = new LineFacts { Published = published };
        var firstLabel = marks.Count > 0 ? marks[0].LabelStart : s.Length;
        var allowPublisher = published is not null || (marks.Count > 0 && marks[0].Type == FieldType.Author);
        if (!(accountHeader && marks.Count == 0 && AreAccountNames(s))
            && !ReadUnlabeled(s[..firstLabel], allowPublisher, published is not null, result)) return false;
        for (var m = 0; m < marks.Count; m++)
        {
            var end = m + 1 < marks.Count ? marks[m + 1].LabelStart : s.Length;
            var value = s[marks[m].ValueStart..Math.Max(marks[m].ValueStart, end)];
            if (!ReadValue(marks[m].Type, value, result)) return false;
        }
        result.Kind = KindOf(result, marks);
        result.IsBareChineseDate = marks.Count == 0 && result.Source is null && published is not null && published.Length == 10
            && line.IndexOf('年') >= 0 && line.Trim(" 　").Length == date.End - date.Start;
        facts = result;
        return true;
    }

    /// <summary>
    /// The header of a WeChat-style account article, <c>原创 城市观察 2026-11-05 20:00 发表于浙江</c>: blanks the
    /// <c>原创</c> mark and the <c>发表于</c> place; true when the line has the place (the names left are the account's
    /// and its author's, which such a header does not tell apart, so neither becomes metadata).
    /// </summary>
    private static bool BlankAccountHeaderMarks(Span<char> s)
    {
        var at = ((ReadOnlySpan<char>)s).IndexOf("发表于", StringComparison.Ordinal);
        if (at < 0) return false;
        var end = at + 3;
        while (end < s.Length && end - at < 10 && CharClass.IsHan(s[end])) end++;
        if (end == at + 3) return false;
        s[at..end].Fill(' ');
        var original = ((ReadOnlySpan<char>)s).IndexOf("原创", StringComparison.Ordinal);
        if (original >= 0 && (original == 0 || IsSeparator(s[original - 1])) && (original + 2 == s.Length || IsSeparator(s[original + 2])))
            s.Slice(original, 2).Fill(' ');
        return true;
    }

    /// <summary>At most two short name tokens: what an account header holds besides its date and place.</summary>
    private static bool AreAccountNames(ReadOnlySpan<char> s)
    {
        var tokens = 0;
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSeparator(s[i])) i++;
            var j = i;
            while (j < s.Length && !IsSeparator(s[j])) j++;
            if (j > i && (++tokens > 2 || j - i > 12)) return false;
            i = j;
        }
        return true;
    }

    /// <summary>
    /// The names of a Taiwanese byline without its place and kind of report: <c>王小明／综合报导</c>,
    /// <c>苏嘉维／台北即时报导</c> → the part before the slash.
    /// </summary>
    public static ReadOnlySpan<char> WithoutReportPlace(ReadOnlySpan<char> value)
    {
        var slash = value.LastIndexOfAny('／', '/');
        if (slash <= 0) return value;
        var report = value[(slash + 1)..].Trim(" \u3000");
        return report.Length is >= 2 and <= 10 && (report.EndsWith("报导", StringComparison.Ordinal) || report.EndsWith("报道", StringComparison.Ordinal))
            ? value[..slash].TrimEnd(" \u3000") : value;
    }

    /// <summary>
    /// Drops a trailing update note from a dateline: <c>2026/11/07 14:05（11/07 14:30 更新）</c>,
    /// <c>2026-11-07 14:05 更新</c>. The note holds only the word 更新 and date or time characters.
    /// </summary>
    private static ReadOnlySpan<char> StripUpdateNote(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(" \u3000");
        if (trimmed.EndsWith("更新", StringComparison.Ordinal))
        {
            var before = trimmed[..^2].TrimEnd(" \u3000");
            return before.Length > 0 && char.IsAsciiDigit(before[^1]) ? before : line;
        }
        if (trimmed.Length < 4 || trimmed[^1] is not ('）' or ')')) return line;
        var open = trimmed.LastIndexOfAny('（', '(');
        if (open <= 0) return line;
        var inner = trimmed[(open + 1)..^1];
        var at = inner.IndexOf("更新", StringComparison.Ordinal);
        return at >= 0 && IsDateTimeText(inner[..at]) && IsDateTimeText(inner[(at + 2)..]) ? trimmed[..open].TrimEnd(" \u3000") : line;
    }

    private static bool IsDateTimeText(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or '\u3000' or '/' or '-' or ':' or '：' or '.' or '年' or '月' or '日' or '时' or '分' or '秒' or '于'))
                return false;
        }
        return true;
    }

    /// <summary>A token (up to the next separator) of at most 12 characters ending with 记者, 通讯员 or 编辑, followed by a separator.</summary>
    private static (FieldType, int) RoleToken(ReadOnlySpan<char> s)
    {
        var end = 0;
        while (end < s.Length && !IsSeparator(s[end]) && s[end] is not ('：' or ':')) end++;
        if (end > 12 || end == s.Length) return default;
        var token = s[..end];
        foreach (var (role, type) in (ReadOnlySpan<(string, FieldType)>)[("记者", FieldType.Author), ("通讯员", FieldType.Author), ("编辑", FieldType.Editor)])
        {
            if (token.Length > role.Length + 1 && token.EndsWith(role, StringComparison.Ordinal))
                return (type, end + 1);
        }
        return default;
    }

    private static string KindOf(LineFacts facts, List<Mark> marks)
    {
        if (facts.Published is not null || facts.Source is not null || marks.Exists(m => m.Type is FieldType.Published or FieldType.Source))
            return BoilerplateKinds.Dateline;
        if (marks.Exists(m => m.Type == FieldType.Editor)) return BoilerplateKinds.Editor;
        if (marks.Exists(m => m.Type == FieldType.Author)) return BoilerplateKinds.Byline;
        if (marks.Exists(m => m.Type == FieldType.Photo)) return BoilerplateKinds.Caption;
        if (marks.Exists(m => m.Type == FieldType.Counter)) return BoilerplateKinds.Counter;
        return BoilerplateKinds.Widget;
    }

    /// <summary>
    /// Text before the first label: nothing, widget words, edition numbers (<c>第04版</c>), or — next to a date or
    /// before a byline — the publisher (<c>2022-08-09 大众网·海报新闻</c>, <c>《人民日报》（2021年03月12日 第04版）</c>).
    /// Next to a date the publisher is the source.
    /// </summary>
    private static bool ReadUnlabeled(ReadOnlySpan<char> s, bool allowPublisher, bool isSource, LineFacts facts)
    {
        int first = -1, last = -1;
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSeparator(s[i])) i++;
            var j = i;
            while (j < s.Length && !IsSeparator(s[j])) j++;
            if (j > i)
            {
                var token = s[i..j];
                if (!Widgets.IsWidgetWord(token) && !IsEditionRef(token) && !token.Trim("《》").IsEmpty)
                {
                    if (!allowPublisher || !LeadCredit.IsPublisher(token.Trim("《》"))) return false;
                    if (first < 0) first = i;
                    last = j;
                }
            }
            i = j;
        }
        if (first >= 0 && isSource && facts.Source is null)
            facts.Source = s[first..last].Trim("《》").ToString();
        return true;
    }

    /// <summary><c>第04版</c>, <c>04版</c>.</summary>
    private static bool IsEditionRef(ReadOnlySpan<char> token)
    {
        // "第 01 版" with spaces arrives as three tokens.
        if (token is "第" or "版" || (token.Length <= 3 && IsAllDigits(token))) return true;
        token = token.TrimStart('第');
        if (token.Length < 2 || token[^1] != '版') return false;
        foreach (var c in token[..^1])
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool ReadValue(FieldType type, ReadOnlySpan<char> value, LineFacts facts)
    {
        value = value.Trim(" \u3000|｜丨");
        if (value.Length > 60 || HasSentencePunctuation(value)) return false;
        switch (type)
        {
            case FieldType.Published:
                // The date was taken out already; nothing else may remain but widget words.
                return OnlyWidgets(value) && facts.Published is not null;
            case FieldType.Source:
            {
                string? source = null;
                var ok = true;
                ForEachToken(value, token =>
                {
                    if (Widgets.IsWidgetWord(token)) return;
                    if (source is null && token.Length <= 30) source = token.ToString();
                    else ok = false;
                });
                if (!ok) return false;
                if (source is not null) facts.Source ??= source;
                return true;
            }
            case FieldType.Author:
            case FieldType.Editor:
            {
                value = WithoutReportPlace(value);
                var names = new List<string>();
                if (!Names.TrySplit(value, names, strict: false)) return false;
                var list = type == FieldType.Author ? facts.Authors : facts.Editors;
                foreach (var n in names)
                    if (!list.Contains(n)) list.Add(n);
                return true;
            }
            case FieldType.Photo:
                return value.Length <= 30;
            case FieldType.Counter:
            {
                var ok = true;
                ForEachToken(value, token => ok &= IsCount(token) || Widgets.IsWidgetWord(token));
                return ok;
            }
            default:
                return OnlyWidgets(value);
        }
    }

    private static bool OnlyWidgets(ReadOnlySpan<char> value)
    {
        var ok = true;
        ForEachToken(value, token => ok &= Widgets.IsWidgetWord(token));
        return ok;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return !s.IsEmpty;
    }

    /// <summary><c>1234</c>, <c>1.2万</c>, <c>99+</c>, <c>12次</c>, <c>(0)</c>.</summary>
    public static bool IsCount(ReadOnlySpan<char> token)
    {
        token = token.Trim("()（）[]【】");
        if (token.IsEmpty) return false;
        var digits = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not ('.' or ',' or '+' or '万' or '次' or '人' or '条' or 'w' or 'W' or 'k' or 'K' or '亿')) return false;
        }
        return digits > 0;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？；");

    private static bool HasSentencePunctuation(ReadOnlySpan<char> s) => s.IndexOfAny(SentenceEnds) >= 0;

    /// <summary>Separators between fields and tokens (besides spaces).</summary>
    public const string SeparatorChars = "|｜丨【】[]（）()/／┊│•·〔〕><";

    /// <summary>Separators between fields and tokens.</summary>
    public static bool IsSeparator(char c) => CharClass.IsInlineSpace(c) || SeparatorChars.Contains(c);

    private delegate void TokenAction(ReadOnlySpan<char> token);

    private static void ForEachToken(ReadOnlySpan<char> s, TokenAction action)
    {
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSeparator(s[i])) i++;
            var j = i;
            while (j < s.Length && !IsSeparator(s[j])) j++;
            if (j > i) action(s[i..j]);
            i = j;
        }
    }

    /// <summary>Removes one pair of brackets around the whole line: <c>（网络编辑：崔晓萌）</c>, <c>【责任编辑：张三】</c>.</summary>
    public static ReadOnlySpan<char> StripEnclosingBrackets(ReadOnlySpan<char> line)
    {
        if (line.Length < 2) return line;
        var close = line[0] switch
        {
            '（' => '）',
            '(' => ')',
            '【' => '】',
            '[' => ']',
            '〔' => '〕',
            '「' => '」',
            _ => '\0',
        };
        if (close == '\0' || line[^1] != close) return line;
        var inner = line[1..^1];
        // Only when the brackets pair with each other: "（一）xxx（二）" is not enclosed.
        return inner.IndexOf(line[0]) < 0 && inner.IndexOf(close) < 0 ? inner.Trim(" \u3000") : line;
    }
}
