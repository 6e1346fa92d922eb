using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>
/// The lead credit that opens a news paragraph: <c>临汾新闻网讯</c>, <c>本报讯（记者 张三）</c>,
/// <c>新华社北京1月30日电（记者 李四）</c>, <c>央视网消息</c>, <c>（中央社记者王明台北7日电）</c>. It is article text and stays;
/// it names the publisher (the source when no source line does) and sometimes the reporters.
/// </summary>
internal static class LeadCredit
{
    /// <summary>What a lead credit says.</summary>
    public sealed record Info(string? Source, IReadOnlyList<string> Authors);

    private const int MaxPrefix = 24;

    private static readonly System.Buffers.SearchValues<char> ClosingBrackets = System.Buffers.SearchValues.Create("）)】〕］]");

    public static bool TryParse(ReadOnlySpan<char> line, out Info info)
    {
        info = null!;
        var window = line[..Math.Min(line.Length, MaxPrefix + 12)];
        if (window.Length > 2 && window[0] is '（' or '(' or '【' or '〔' or '［' or '[') return TryParseBracketed(window, out info);
        var aliasStart = -1; // "荆楚网（湖北日报网）讯": the publisher is the part before the bracket
        for (var k = 2; k < window.Length; k++)
        {
            var c = window[k];
            int after;
            string? source;
            if (c is '（' or '(' && aliasStart < 0 && IsPublisher(window[..k]))
            {
                var close = window[k..].IndexOfAny('）', ')');
                if (close < 0 || k + close + 1 >= window.Length || window[k + close + 1] != '讯') return false;
                aliasStart = k;
                k += close;
                continue;
            }
            if (c == '讯')
            {
                var prefix = aliasStart >= 0 ? window[..aliasStart] : window[..k];
                if (!IsAnonymous(prefix) && !IsPublisher(prefix)) continue;
                source = IsAnonymous(prefix) ? null : prefix.ToString();
                after = k + 1;
            }
            else if (c == '电')
            {
                // Agency, place and date: 新华社北京1月30日电, 中新网1月30日电.
                var prefix = window[..k];
                if (!EndsWithDay(prefix, out var dateStart)) continue;
                var agency = AgencyOf(prefix[..dateStart]);
                if (agency is null) continue;
                source = IsAnonymous(agency) ? null : agency;
                after = k + 1;
            }
            else if (c == '消' && k + 1 < window.Length && window[k + 1] == '息')
            {
                // 央视网消息, 央广网北京1月26日消息.
                var prefix = window[..k];
                if (IsPublisher(prefix)) source = prefix.ToString();
                else if (EndsWithDay(prefix, out var dateStart) && AgencyOf(prefix[..dateStart]) is { } agency) source = IsAnonymous(agency) ? null : agency;
                else continue;
                after = k + 2;
            }
            else
            {
                if (!IsCreditChar(c)) return false;
                continue;
            }
            // The credit is followed by a space, a bracket, a colon or the text itself, never by more credit letters.
            if (after < line.Length && line[after] is '员' or '息' or '号') return false;
            info = new Info(source, ReadAuthors(line[after..]));
            return true;
        }
        return false;
    }

    /// <summary>
    /// The whole credit in brackets, as Taiwan's and Hong Kong's papers write it: <c>（中央社记者张建中新竹7日电）</c>,
    /// <c>（中央社台北7日电）</c>, <c>【明报专讯】</c> name the agency or paper; <c>〔记者李文馨／台北报导〕</c> names its
    /// reporters. In the first the reporter's name runs into the place with nothing between them, so no author is taken.
    /// </summary>
    private static bool TryParseBracketed(ReadOnlySpan<char> window, out Info info)
    {
        info = null!;
        var close = window.IndexOfAny(ClosingBrackets);
        if (close < 3) return false;
        var inner = window[1..close];
        if (inner.StartsWith("记者", StringComparison.Ordinal))
        {
            // 〔记者李文馨／台北报导〕: the names end at the slash before the place and kind of report.
            var names = FieldLine.WithoutReportPlace(inner[2..]);
            var authors = new List<string>();
            if (names.Length == inner.Length - 2 || !Names.TrySplit(names, authors, strict: false) || authors.Count == 0) return false;
            info = new Info(null, authors);
            return true;
        }
        if (inner[^1] == '讯')
        {
            // 【明报专讯】, （本报讯）
            var prefix = inner[..^1];
            if (prefix.EndsWith("专", StringComparison.Ordinal)) prefix = prefix[..^1];
            if (!IsAnonymous(prefix) && !IsPublisher(prefix)) return false;
            info = new Info(IsAnonymous(prefix) ? null : prefix.ToString(), []);
            return true;
        }
        if (close < 4 || window[close - 1] != '电' || !EndsWithDay(window[1..(close - 1)], out var dateStart)) return false;
        var head = window[1..(1 + dateStart)];
        var reporter = head.IndexOf("记者", StringComparison.Ordinal);
        var agency = reporter > 0
            ? IsPublisher(head[..reporter]) ? head[..reporter].ToString() : null
            : AgencyOf(head);
        if (agency is null) return false;
        info = new Info(IsAnonymous(agency) ? null : agency, []);
        return true;
    }

    private static bool IsCreditChar(char c) => CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '·' or '-';

    private static bool IsAnonymous(ReadOnlySpan<char> prefix)
    {
        foreach (var a in BoilerplateData.AnonymousPublishers)
            if (prefix.SequenceEqual(a)) return true;
        return false;
    }

    /// <summary>2–24 credit characters ending with a publisher word (<c>网</c>, <c>报</c>, <c>社</c>, <c>台</c>, <c>新闻</c>, <c>客户端</c>).</summary>
    public static bool IsPublisher(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > MaxPrefix) return false;
        foreach (var c in s)
            if (!IsCreditChar(c)) return false;
        foreach (var suffix in BoilerplateData.PublisherSuffixes)
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length) return true;
        return false;
    }

    private static bool EndsWithDay(ReadOnlySpan<char> s, out int dateStart)
    {
        dateStart = 0;
        if (s.Length < 3 || s[^1] != '日') return false;
        var i = s.Length - 1;
        while (i > 0 && char.IsAsciiDigit(s[i - 1])) i--;
        if (i == s.Length - 1) return false;
        if (i > 0 && s[i - 1] == '月')
        {
            i--;
            var m = i;
            while (i > 0 && char.IsAsciiDigit(s[i - 1])) i--;
            if (i == m) return false;
        }
        dateStart = i;
        return i >= 2;
    }

    /// <summary>The agency at the start of <c>新华社北京</c>: the shortest prefix that ends with 社, 网, 报 or 台.</summary>
    private static string? AgencyOf(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!IsCreditChar(c)) return null;
        for (var i = 1; i < s.Length; i++)
            if (s[i] is '社' or '网' or '报' or '台') return s[..(i + 1)].ToString();
        return null;
    }

    /// <summary>Names in a bracket right after the credit: <c>（记者 张三 通讯员 李四）</c>.</summary>
    private static List<string> ReadAuthors(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" \u3000");
        if (rest.IsEmpty || rest[0] is not ('（' or '(')) return [];
        var close = rest.IndexOfAny('）', ')');
        if (close < 0 || close > 40) return [];
        var inner = rest[1..close];
        // With a role word the names may be anything name-like; a bare list must look like Chinese names.
        var hasRole = inner.IndexOf("记者", StringComparison.Ordinal) >= 0 || inner.IndexOf("通讯员", StringComparison.Ordinal) >= 0;
        var names = new List<string>();
        return Names.TrySplit(inner, names, strict: !hasRole) ? names : [];
    }
}
