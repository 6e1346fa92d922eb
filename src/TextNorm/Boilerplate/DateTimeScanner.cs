namespace TextNorm.Boilerplate;

/// <summary>
/// Finds a printed date (and time) in a line and renders it as ISO 8601 local time, as printed:
/// <c>2017-10-23 08:38:12</c> → <c>2017-10-23T08:38:12</c>, <c>2019年1月30日 09:22</c> → <c>2019-01-30T09:22</c>,
/// <c>2019/01/30</c> → <c>2019-01-30</c>. A single left-to-right scan; no regex.
/// </summary>
internal static class DateTimeScanner
{
    /// <summary>A date found in a line: where it starts and ends, and its ISO form.</summary>
    public readonly record struct Found(int Start, int End, string Iso);

    /// <summary>Finds the first date in <paramref name="s"/> (year 1900–2099, valid month and day).</summary>
    public static bool TryFind(ReadOnlySpan<char> s, out Found found)
    {
        for (var i = 0; i + 8 <= s.Length; i++)
        {
            if (!IsDigit(s[i]) || (i > 0 && IsDigit(s[i - 1]))) continue;
            if (TryParseAt(s, i, out found)) return true;
        }
        found = default;
        return false;
    }

    private static bool TryParseAt(ReadOnlySpan<char> s, int start, out Found found)
    {
        found = default;
        var p = start;
        if (!ReadNumber(s, ref p, 4, 4, out var year) || year is < 1900 or > 2099) return false;
        if (p >= s.Length) return false;
        var sep = s[p];
        if (sep is not ('-' or '/' or '.' or '年' or '－' or '／')) return false;
        p++;
        if (!ReadNumber(s, ref p, 1, 2, out var month) || month is < 1 or > 12) return false;
        if (p >= s.Length) return false;
        var sep2 = s[p];
        var chineseDate = sep == '年';
        if (chineseDate ? sep2 != '月' : sep2 != sep) return false;
        p++;
        if (!ReadNumber(s, ref p, 1, 2, out var day) || day is < 1 or > 31) return false;
        if (chineseDate)
        {
            if (p < s.Length && (s[p] == '日' || s[p] == '号')) p++;
        }
        var end = p;
        var iso = $"{year:D4}-{month:D2}-{day:D2}";

        // Optional time: spaces or 'T', then hh:mm[:ss].
        var q = p;
        while (q < s.Length && (s[q] == ' ' || s[q] == '\u3000')) q++;
        if (q == p && q < s.Length && s[q] == 'T') q++;
        if (ReadNumber(s, ref q, 1, 2, out var hour) && hour <= 24 && q < s.Length && IsColon(s[q]))
        {
            q++;
            if (ReadNumber(s, ref q, 2, 2, out var minute) && minute <= 59)
            {
                iso += $"T{hour:D2}:{minute:D2}";
                end = q;
                if (q + 2 < s.Length && IsColon(s[q]))
                {
                    var r = q + 1;
                    if (ReadNumber(s, ref r, 2, 2, out var second) && second <= 60)
                    {
                        iso += $":{second:D2}";
                        end = r;
                    }
                }
            }
        }
        else if (!chineseDate && end < s.Length && IsDigit(s[end]))
        {
            return false; // "2019-01-301" is not a date
        }
        found = new Found(start, end, iso);
        return true;
    }

    private static bool IsColon(char c) => c is ':' or '：';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int p, int min, int max, out int value)
    {
        value = 0;
        var n = 0;
        while (p + n < s.Length && n < max && IsDigit(s[p + n]))
        {
            value = value * 10 + (s[p + n] - '0');
            n++;
        }
        if (n < min || (p + n < s.Length && IsDigit(s[p + n]))) return false;
        p += n;
        return true;
    }
}
