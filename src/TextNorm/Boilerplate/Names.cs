using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>Splits and checks the person names of bylines, editor lines and trailing credits.</summary>
internal static class Names
{
    private static readonly HashSet<string> NotNames = new(BoilerplateData.NotNames, StringComparer.Ordinal);

    /// <summary>Separators between names in a list (<c>张三 李四</c>, <c>张三、李四</c>, <c>张三/李四</c>).</summary>
    public static bool IsNameSeparator(char c) =>
        CharClass.IsInlineSpace(c) || c is '、' or '，' or ',' or '/' or '／' or '；' or ';' or '|' or '｜' or '丨';

    /// <summary>
    /// Splits <paramref name="value"/> into names, dropping role words (<c>记者</c>, <c>摄</c>, <c>报道</c>) and editor
    /// codes (<c>张三_NB1234</c>, <c>张三（EN029）</c>). Returns false when a token is not name-like (too long, sentence punctuation).
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<char> value, List<string> names, bool strict)
    {
        var start = names.Count;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && IsNameSeparator(value[i])) i++;
            var j = i;
            while (j < value.Length && !IsNameSeparator(value[j])) j++;
            if (j > i && !TryAddToken(value[i..j], names, strict))
            {
                names.RemoveRange(start, names.Count - start);
                return false;
            }
            i = j;
        }
        return true;
    }

    private static bool TryAddToken(ReadOnlySpan<char> token, List<string> names, bool strict)
    {
        token = token.Trim("【】[]〔〕");
        if (IsCode(token.Trim("（）()")) || Widgets.IsWidgetWord(token)) return true;
        token = StripCode(token);
        // Role words glued to a name: "记者王小庚", "王小庚摄", "张三报道".
        token = StripRole(token);
        if (token.IsEmpty) return true;
        var s = token.ToString();
        if (NotNames.Contains(s)) return true;
        // An organisation credited as author ("作者：中国天气网") is kept as it is printed.
        if (!LooksLikeName(token, strict) && (strict || !LeadCredit.IsPublisher(token))) return false;
        if (!names.Contains(s)) names.Add(s);
        return true;
    }

    /// <summary>Editor codes portals append: <c>_NB1234</c>, <c>（EN029）</c>, <c>SN123</c>.</summary>
    private static ReadOnlySpan<char> StripCode(ReadOnlySpan<char> token)
    {
        var underscore = token.IndexOf('_');
        if (underscore > 0) token = token[..underscore];
        var paren = token.IndexOfAny('（', '(');
        if (paren > 0 && IsCode(token[(paren + 1)..].TrimEnd("）)"))) token = token[..paren];
        // Trailing Latin code glued to Han name: "张三SN123".
        var k = token.Length;
        while (k > 0 && char.IsAsciiLetterOrDigit(token[k - 1])) k--;
        if (k > 0 && k < token.Length && CharClass.IsHan(token[k - 1]) && IsCode(token[k..])) token = token[..k];
        return token;
    }

    private static bool IsCode(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 12) return false;
        var digits = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
            if (char.IsAsciiDigit(c)) digits++;
        }
        return digits > 0;
    }

    private static ReadOnlySpan<char> StripRole(ReadOnlySpan<char> token)
    {
        var reporter = token.IndexOf("记者", StringComparison.Ordinal);
        if (reporter >= 0 && reporter <= 6 && token.Length > reporter + 2) token = token[(reporter + 2)..];
        foreach (var lead in (ReadOnlySpan<string>)["通讯员", "实习生"])
            if (token.StartsWith(lead, StringComparison.Ordinal) && token.Length > lead.Length) token = token[lead.Length..];
        // "济南报道" names a place, "张三报道" a reporter.
        if (token.EndsWith("报道", StringComparison.Ordinal) && token.Length > 2)
            return LooksLikeName(token[..^2], strict: true) ? token[..^2] : [];
        if (token.Length > 2 && (token.EndsWith("记者", StringComparison.Ordinal) || token.EndsWith("通讯员", StringComparison.Ordinal)))
            return [];
        foreach (var tail in (ReadOnlySpan<string>)["摄影", "摄", "供图", "整理", "编译"])
            if (token.EndsWith(tail, StringComparison.Ordinal) && token.Length >= tail.Length + 2) token = token[..^tail.Length];
        return token;
    }

    /// <summary>
    /// A person's name: 2–4 Han characters (up to 12 with a middle dot: <c>阿不都·热合曼</c>), or a short Latin name.
    /// When <paramref name="strict"/>, a Han name must start with a common surname (for bare bracketed names).
    /// </summary>
    public static bool LooksLikeName(ReadOnlySpan<char> s, bool strict)
    {
        if (s.IsEmpty) return false;
        var han = 0;
        var dot = false;
        var latin = 0;
        foreach (var c in s)
        {
            if (CharClass.IsHan(c)) han++;
            else if (c is '·' or '•' or '.') dot = true;
            else if (char.IsAsciiLetter(c)) latin++;
            else return false;
        }
        if (han == 0) return !strict && latin is >= 2 and <= 20;
        if (latin > 0) return false;
        if (dot) return han is >= 3 and <= 12;
        if (han is < 2 or > 4) return false;
        return !strict || HasSurname(s);
    }

    private static bool HasSurname(ReadOnlySpan<char> s)
    {
        foreach (var compound in BoilerplateData.CompoundSurnames)
            if (s.StartsWith(compound, StringComparison.Ordinal)) return true;
        return s.Length <= 3 && BoilerplateData.SingleSurnames.Contains(s[0], StringComparison.Ordinal);
    }
}
