using System.Text;
using TextNorm.Tests.Decoding;

namespace TextNorm.Tests.Repair;

/// <summary>One damaged line: the clean line, the damaged one, and where the damage sits in the damaged line.</summary>
internal readonly record struct Damage(string Clean, string Damaged, int Start, int Length);

/// <summary>
/// Damages clean text the ways upstream pipelines do (noise.md §2, spec rule 12), at random places with a seeded RNG:
/// a span of UTF-8 bytes decoded as GBK or as CP1252, a whole line decoded as GBK, and GBK decoded one byte out of step
/// (the lead byte of a character lost and written as <c>?</c>, the decoder pairing trail and lead bytes until a byte
/// brings it back in step, <c>！？</c> among the wrong characters narrowed to <c>!?</c>).
/// </summary>
internal static class DamageGenerator
{
    private static readonly Encoding Gbk = TestEncodings.Gb18030;
    private static readonly Encoding Cp1252 = Encoding.GetEncoding(1252);

    /// <summary>Clean lines: the gold articles, the seeds with their damage repaired by hand, and text written for these tests.</summary>
    public static IReadOnlyList<string> CleanLines()
    {
        var texts = TestFiles.Gold().Select(g => g.Text)
            .Concat(new[] { "000", "001", "002", "003", "004" }.Select(SeedRepairTests.CleanSeed))
            .Append(WrittenText);
        return texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length >= 12).ToList();
    }

    private const string WrittenText = """
        今年一季度，全省规模以上工业增加值同比增长6.8%，比上年同期加快0.5个百分点。
        他说：“我们要把群众的事情办好，让老百姓过上更好的日子。”
        会议强调，要坚持问题导向，聚焦重点领域和关键环节，推动各项政策措施落地见效。
        The company released its Q3 report on Monday, and revenue rose 12% year over year.
        据新华社北京5月1日电，国务院新闻办公室今天举行新闻发布会，介绍有关情况。
        该项目总投资约3.5亿元，建成后预计年产值可达10亿元，带动就业2000余人。
        臺北市政府表示，將持續推動公共運輸發展，並加強交通安全宣導。
        我們應該堅持實事求是的原則，認真總結經驗，不斷開創工作新局面。
        学校开设了Python编程、人工智能导论和数据结构等课程，深受学生欢迎。
        """;

    /// <summary>A span of 1–8 non-ASCII characters whose UTF-8 bytes were decoded by <paramref name="wrong"/>.</summary>
    public static Damage? Utf8Misread(string line, Random random, bool asGbk)
    {
        var length = random.Next(asGbk ? 2 : 1, 9);
        var start = random.Next(0, Math.Max(1, line.Length - length));
        if (start + length > line.Length) return null;
        var span = line.AsSpan(start, length);
        foreach (var c in span)
            if (c < 0x80 || char.IsSurrogate(c)) return null;
        var bytes = Encoding.UTF8.GetBytes(span.ToString());
        var damaged = asGbk ? Gbk.GetString(bytes) : Cp1252OrLatin1(bytes);
        return new Damage(line, string.Concat(line.AsSpan(0, start), damaged, line.AsSpan(start + length)), start, damaged.Length);
    }

    /// <summary>The whole line's UTF-8 bytes decoded as GBK.</summary>
    public static Damage WholeLineAsGbk(string line)
    {
        var damaged = Gbk.GetString(Encoding.UTF8.GetBytes(line));
        return new Damage(line, damaged, 0, damaged.Length);
    }

    private static string Cp1252OrLatin1(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var s = Cp1252.GetString([b]);
            sb.Append(s.Length == 1 && s[0] != '?' && s[0] != '\uFFFD' ? s[0] : (char)b);
        }
        return sb.ToString();
    }

    /// <summary>GBK decoded one byte out of step from a random double-byte character on.</summary>
    public static Damage? GbkShift(string line, Random random)
    {
        // Only lines whose every character is one or two GBK bytes (checked before drawing, as the figures were made).
        if (line.Any(c => char.IsSurrogate(c) || Gbk.GetByteCount(c.ToString()) > 2)) return null;
        var candidates = Enumerable.Range(0, line.Length).Where(i => line[i] >= 0x80).ToList();
        if (candidates.Count == 0) return null;
        return GbkShiftAt(line, candidates[random.Next(candidates.Count)]);
    }

    /// <summary>GBK decoded one byte out of step from the character at <paramref name="first"/> on (its lead byte lost).</summary>
    public static Damage? GbkShiftAt(string line, int first)
    {
        var starts = new List<int>();
        var bytes = new List<byte>();
        foreach (var c in line)
        {
            if (char.IsSurrogate(c)) return null;
            var b = Gbk.GetBytes(c.ToString());
            if (b.Length > 2) return null;
            starts.Add(bytes.Count);
            bytes.AddRange(b);
        }
        var boundaries = new HashSet<int>(starts) { bytes.Count };
        var damaged = new StringBuilder("?");
        var pos = starts[first] + 1;
        while (!boundaries.Contains(pos))
        {
            var b = bytes[pos];
            if (b < 0x80)
            {
                damaged.Append((char)b);
                pos++;
            }
            else if (pos + 1 < bytes.Count && Gbk.GetString([b, bytes[pos + 1]]) is { Length: 1 } s && s[0] != '\uFFFD')
            {
                damaged.Append(s[0] switch { '！' => '!', '？' => '?', var c => c });
                pos += 2;
            }
            else
            {
                damaged.Append('?');
                pos++;
            }
        }
        var rest = starts.IndexOf(pos);
        var tail = rest < 0 ? "" : line[rest..];
        return new Damage(line, string.Concat(line.AsSpan(0, first), damaged.ToString(), tail), first, damaged.Length);
    }

    /// <summary>Levenshtein distance, capped (for "recovered all but a character or two").</summary>
    public static int Distance(string a, string b, int cap = 8)
    {
        if (Math.Abs(a.Length - b.Length) > cap) return cap + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], cap + 1);
    }
}
