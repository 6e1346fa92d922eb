namespace TextNorm.Tests.Reliability;

/// <summary>
/// The input shapes most likely to make a normalizer quadratic or make it hang (issue 8), built to any size.
/// Shared by the no-hang tests and the scaling benchmark (linked into TextNorm.Benchmarks).
/// </summary>
internal static class WorstShapes
{
    /// <summary>Name → the unit repeated to fill the size. Each unit is chosen so that repeating it stays the same shape.</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        // A realistic article paragraph with every kind of damage, never a line break: one huge line.
        ["one-line"] = "臨汾新聞網訊 五月的汾西大地春光明媚,生機(jī)勃勃,。近日,,就如何深入貫徹市“兩會(huì)”精神, 本报记者采访了 GDP 增长 1,000 万元(2019)。 ",
        ["repeated-han"] = "中",
        ["repeated-latin"] = "a",
        ["repeated-comma"] = ",",
        ["repeated-fullwidth-comma"] = "，",
        ["question-marks"] = "?",
        ["question-runs-in-han"] = "中国??人民???",
        ["open-paren"] = "(",
        ["han-open-paren"] = "中(",
        ["han-open-pinyin"] = "設(shè",
        ["pinyin-parens"] = "設(shè)",
        ["nested-parens"] = "中((",
        ["private-use"] = "\uE000\uE0E6\uE800\uF8FF",
        ["punctuation"] = "，。,,、,。;：！？!?……——“”（）",
        ["spaces"] = " ",
        ["mixed-spaces"] = " \u3000\u00A0\t\u2003",
        ["zero-width"] = "\u200B\uFEFF\u00AD",
        ["lone-surrogates"] = "\uD800中\uDC00",
        ["newlines"] = "\n",
        ["short-lines"] = "中\n",
        ["crlf-blank-lines"] = "\r\n \r\n",
        ["mojibake"] = "鏂伴椈鍙戝竷浼氾紝",
        ["url-like"] = "http://a.b/c?d=(e)&",
        ["digits-commas"] = "1,2:3",
        ["boilerplate-lines"] = "责任编辑: 吉政\n• 微笑\n0\n",
        ["author-credit-parens"] = "(张存成)",
        // Furniture stacked at the end, each credit exposed by the removal of the one after it (a fuzz finding).
        ["stacked-credits"] = "（来槐；）（来懐；\n",
    };

    public static IEnumerable<string> Names => Units.Keys;

    /// <summary>The shape <paramref name="name"/> filled to about <paramref name="megabytes"/> MB (2^20 bytes) of UTF-8.</summary>
    public static string BuildMegabytes(string name, double megabytes)
    {
        var unit = Units[name];
        var bytesPerChar = (double)System.Text.Encoding.UTF8.GetByteCount(unit) / unit.Length;
        return Build(name, (int)(megabytes * 1024 * 1024 / bytesPerChar));
    }

    /// <summary>The shape <paramref name="name"/> filled to exactly <paramref name="chars"/> UTF-16 code units.</summary>
    public static string Build(string name, int chars)
    {
        var unit = Units[name];
        return string.Create(chars, unit, static (span, u) =>
        {
            for (var i = 0; i < span.Length; i += u.Length)
                u.AsSpan(0, Math.Min(u.Length, span.Length - i)).CopyTo(span[i..]);
        });
    }
}
