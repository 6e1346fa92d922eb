using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>What a line looks like: a paragraph of prose, a headline, a lead credit. Used to find the zones.</summary>
internal static class LineShape
{
    /// <summary>A paragraph of article text: it holds a full stop or a semicolon, or is long and has commas, or opens with a lead credit.</summary>
    public static bool IsProse(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny('。', '；') >= 0) return true;
        // Without a full stop only a long line with commas is a paragraph; headlines with commas stay below this.
        if (line.Length >= 70 && line.IndexOfAny('，', ',') >= 0) return true;
        if (line.Length >= 30 && line[^1] is '！' or '？' or '…' or '”' or '」') return true;
        // A salutation or lead-in that opens the body: "各乡镇人民政府，县直各有关单位：".
        if (line.Length >= 8 && line[^1] == '：') return true;
        return LeadCredit.TryParse(line, out _);
    }

    /// <summary>A title of two or three Han characters (a poem's <c>秋夜</c>), too short for <see cref="IsHeadline"/>.</summary>
    public static bool IsShortTitle(ReadOnlySpan<char> line)
    {
        if (line.Length is < 2 or > 3) return false;
        foreach (var c in line)
            if (!CharClass.IsHan(c)) return false;
        return true;
    }

    /// <summary>A turn of a dialogue: one to four Han characters and a colon (<c>记者：</c>, <c>问：</c>, <c>主持人：</c>), then more.</summary>
    public static bool StartsWithSpeaker(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOfAny('：', ':');
        if (colon is < 1 or > 4 || colon + 1 >= line.Length) return false;
        foreach (var c in line[..colon])
            if (!CharClass.IsHan(c)) return false;
        return true;
    }

    /// <summary>
    /// A headline: short, a few Han characters, no sentence-final full stop, not a list or section number.
    /// Headlines may hold <c>：</c>, quotes, a space between phrases, and end in <c>！</c> or <c>？</c>.
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 80) return false;
        if (line.IndexOf('。') >= 0 && line[^1] != '。') return false;
        if (line[^1] is '。' or '，' or '、' or '；' or '：' or ':' or ',' or ';') return false;
        if (StartsWithEnumerator(line)) return false;
        var han = 0;
        foreach (var c in line)
            if (CharClass.IsHan(c) && ++han >= 4) return true;
        return false;
    }

    /// <summary>A subtitle under a headline (<c>——记襄汾县…</c>).</summary>
    public static bool IsSubtitle(ReadOnlySpan<char> line) =>
        line.Length is >= 3 and <= 80 && (line.StartsWith("——") || line.StartsWith("—") || line.StartsWith("--"));

    /// <summary><c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>第一章</c>: a section heading or list item, never the title.</summary>
    private static bool StartsWithEnumerator(ReadOnlySpan<char> line)
    {
        const string numerals = "一二三四五六七八九十百零〇";
        var i = 0;
        if (line[0] is '（' or '(') i = 1;
        var j = i;
        while (j < line.Length && (numerals.Contains(line[j]) || char.IsAsciiDigit(line[j]))) j++;
        if (j == i || j >= line.Length) return false;
        return i == 1 ? line[j] is '）' or ')' : line[j] is '、' or '.' or '．';
    }
}
