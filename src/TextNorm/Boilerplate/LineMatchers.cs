using System.Buffers;
using TextNorm.Text;

namespace TextNorm.Boilerplate;

/// <summary>
/// The shape tests behind the built-in rules (<see cref="BuiltInRules"/>). Each takes a trimmed line and returns
/// what it is, or <see langword="null"/>. All are single scans over lines of bounded length.
/// </summary>
internal static class LineMatchers
{
    private static readonly System.Buffers.SearchValues<char> Breadcrumbs = System.Buffers.SearchValues.Create(BoilerplateData.BreadcrumbSeparators);
    private static readonly System.Buffers.SearchValues<char> Pipes = System.Buffers.SearchValues.Create("|｜丨┊│");

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private delegate bool TokenTest(ReadOnlySpan<char> token);

    /// <summary>Splits on spaces and the given separators; true when there is at least one token and every token passes.</summary>
    private static bool AllTokens(ReadOnlySpan<char> s, string separators, TokenTest test, out int count)
    {
        count = 0;
        var breaks = TokenBreaks(separators);
        var i = 0;
        while (i < s.Length)
        {
            var skip = s[i..].IndexOfAnyExcept(breaks);
            if (skip < 0) break;
            i += skip;
            var length = s[i..].IndexOfAny(breaks);
            var j = length < 0 ? s.Length : i + length;
            if (!test(s[i..j])) return false;
            count++;
            i = j;
        }
        return count > 0;
    }

    // These rules run on every body line: a vectorized search for the end of a token (a prose line is one long token)
    // instead of a string search per character. One set per separator string, built on first use.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchValues<char>> TokenBreakSets = new(StringComparer.Ordinal);

    private static SearchValues<char> TokenBreaks(string separators) =>
        TokenBreakSets.GetOrAdd(separators, static s => SearchValues.Create(string.Concat(s, CharClass.InlineSpaceChars)));

    private static readonly string MenuOrDashSeparators = BoilerplateData.MenuSeparators + "-－";
    private static readonly string MenuOrBracketSeparators = BoilerplateData.MenuSeparators + "【】[]";

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool EqualsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
            if (s.SequenceEqual(w)) return true;
        return false;
    }

    private static bool HasSentenceEnd(ReadOnlySpan<char> s) => s.IndexOfAny("。！？；") >= 0;

    private static ReadOnlySpan<char> AfterColon(ReadOnlySpan<char> s)
    {
        var colon = s.IndexOfAny('：', ':');
        return colon >= 0 ? s[(colon + 1)..].Trim(" \u3000") : [];
    }

    // ---- Metadata lines ------------------------------------------------------------------------------------------

    /// <summary><c>原标题：…</c> → the original title.</summary>
    public static LineFacts? OriginalTitle(ReadOnlySpan<char> line)
    {
        var inner = FieldLine.StripEnclosingBrackets(line);
        if (!inner.StartsWith("原标题") && !inner.StartsWith("原题")) return null;
        var rest = inner[(inner[1] == '标' ? 3 : 2)..];
        if (rest.IsEmpty || rest[0] is not ('：' or ':' or ' ' or '丨' or '|')) return null;
        var title = rest[1..].Trim(" \u3000").Trim('《').TrimEnd('》');
        var facts = LineFacts.Of(BoilerplateKinds.OriginalTitle);
        if (!title.IsEmpty) facts.OriginalTitle = title.ToString();
        return facts;
    }

    /// <summary>Dateline, source, byline, editor, counter and font-size lines (see <see cref="FieldLine"/>).</summary>
    public static LineFacts? Fields(ReadOnlySpan<char> line) => FieldLine.TryParse(line, out var facts) ? facts : null;

    /// <summary>Field lines in the footer; a bare <c>2021年6月10日</c> under the body is the signature date of a document and stays.</summary>
    public static LineFacts? FieldsInFooter(ReadOnlySpan<char> line) =>
        FieldLine.TryParse(line, out var facts) && !facts.IsBareChineseDate ? facts : null;

    /// <summary>Field lines that are safe to remove even inside the body: editor lines and full datelines.</summary>
    public static LineFacts? FieldsInBody(ReadOnlySpan<char> line)
    {
        // Every field line that may go inside the body has a labelled field.
        if (line.IndexOfAny('：', ':') < 0 || !FieldLine.TryParse(line, out var facts)) return null;
        if (facts.Kind == BoilerplateKinds.Editor && line.IndexOfAny('：', ':') >= 0 && facts.Editors.Count > 0) return facts;
        if (facts.Kind == BoilerplateKinds.Dateline && facts.Published is not null && facts.Source is not null) return facts;
        if (facts.Kind == BoilerplateKinds.Counter && line.IndexOfAny('：', ':') >= 0) return facts;
        return null;
    }

    /// <summary>A line that is only a bracketed list of names: <c>（陈健翔）</c>, <c>（记者 张三 李四）</c>.</summary>
    public static LineFacts? BracketedNames(ReadOnlySpan<char> line)
    {
        var inner = FieldLine.StripEnclosingBrackets(line);
        if (inner.Length == line.Length || inner.Length > 30) return null;
        var facts = LineFacts.Of(BoilerplateKinds.Byline);
        return Names.TrySplit(inner, facts.Authors, strict: true) && facts.Authors.Count > 0 ? facts : null;
    }

    // ---- Notices ----------------------------------------------------------------------------------------------------

    /// <summary>A line that opens as a copyright statement: <c>版权声明：…</c>, <c>免责声明</c>, <c>Copyright ©</c>.</summary>
    public static LineFacts? CopyrightStatement(ReadOnlySpan<char> line) =>
        StartsWithAny(FieldLine.StripEnclosingBrackets(line), ["版权声明", "免责声明", "版权所有", "Copyright", "COPYRIGHT", "©", "郑重声明", "法律声明", "特别声明"])
            ? LineFacts.Of(BoilerplateKinds.Copyright) : null;

    /// <summary>A reprint or copyright notice: opens with a notice phrase, or ties a reprint word to the site.</summary>
    public static LineFacts? CopyrightNotice(ReadOnlySpan<char> line)
    {
        var inner = FieldLine.StripEnclosingBrackets(line);
        if (StartsWithAny(inner, BoilerplateData.CopyrightLeads)) return LineFacts.Of(BoilerplateKinds.Copyright);
        // "新浪声明：…", "本网声明：…": a site's own statement.
        var statement = inner.IndexOf("声明", StringComparison.Ordinal);
        if (statement is > 0 and <= 6 && statement + 2 < inner.Length && inner[statement + 2] is '：' or ':')
            return LineFacts.Of(BoilerplateKinds.Copyright);
        return ContainsAny(inner, BoilerplateData.NoticePhrases) ? LineFacts.Of(BoilerplateKinds.Copyright) : null;
    }

    // ---- Navigation and banners -----------------------------------------------------------------------------------

    /// <summary><c>当前位置：首页 &gt; 新闻</c>, <c>首页 &gt; 区域 &gt; 陕西 &gt; 正文</c>, <c>新闻 | 体育 | 财经 | 娱乐</c>.</summary>
    public static LineFacts? Navigation(ReadOnlySpan<char> line)
    {
        if (HasSentenceEnd(line)) return null;
        if (StartsWithAny(line, BoilerplateData.LocationLeads)) return LineFacts.Of(BoilerplateKinds.Navigation);

        // "联合新闻网 / 要闻": a slash with spaces around it separates levels too (a bare slash is too common in text).
        if (line.Length <= 60 && (line.Contains(" / ", StringComparison.Ordinal) || line.Contains(" ／ ", StringComparison.Ordinal)))
        {
            Span<char> levels = stackalloc char[line.Length];
            line.CopyTo(levels);
            for (var k = 1; k + 1 < levels.Length; k++)
                if (levels[k] is '/' or '／' && levels[k - 1] == ' ' && levels[k + 1] == ' ') levels[k] = '>';
            if (IsBreadcrumb(levels)) return LineFacts.Of(BoilerplateKinds.Navigation);
        }

        // Breadcrumb: short segments between '>'-like separators.
        if (line.IndexOfAny(Breadcrumbs) >= 0 && IsBreadcrumb(line)) return LineFacts.Of(BoilerplateKinds.Navigation);

        // Menu: several short tokens, most of them channel names, or split by '|'.
        var channel = 0;
        var total = 0;
        var shortTokens = AllTokens(line, BoilerplateData.MenuSeparators, t =>
        {
            if (t.Length > 8) return false;
            if (Widgets.IsChannelWord(t)) channel++;
            return true;
        }, out total);
        if (!shortTokens || total < 3) return null;
        var piped = line.IndexOfAny(Pipes) >= 0;
        if (channel * 2 >= total && channel >= 2 || piped && total >= 3 && channel >= 1)
            return LineFacts.Of(BoilerplateKinds.Navigation);
        return null;
    }

    /// <summary>Short segments between '>'-like separators: three or more, or two of which one names a site or channel.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        var channels = 0;
        return AllTokens(line, BoilerplateData.BreadcrumbSeparators, t => t.Length <= 20, out _)
            && CountSegments(line, BoilerplateData.BreadcrumbSeparators, ref channels) is var segments
            && (segments >= 3 || (segments == 2 && channels > 0));
    }

    private static int CountSegments(ReadOnlySpan<char> line, string separators, ref int channels)
    {
        var segments = 0;
        var c = 0;
        AllTokensBySeparator(line, separators, seg =>
        {
            segments++;
            // A channel ("财经"), the home page, or a site or section name ("新浪新闻 > 社会新闻").
            if (Widgets.IsChannelWord(seg) || seg.SequenceEqual("首页") || LeadCredit.IsPublisher(seg)) c++;
        });
        channels = c;
        return segments;
    }

    private static void AllTokensBySeparator(ReadOnlySpan<char> s, string separators, TokenVisit visit)
    {
        var i = 0;
        while (i <= s.Length)
        {
            var j = i;
            while (j < s.Length && !separators.Contains(s[j])) j++;
            var seg = s[i..j].Trim(" \u3000");
            if (!seg.IsEmpty) visit(seg);
            i = j + 1;
        }
    }

    private delegate void TokenVisit(ReadOnlySpan<char> token);

    /// <summary>
    /// A section label alone above the headline: <c>国际</c>, <c>港闻</c>, <c>即时新闻</c>. Words that are also the whole
    /// title of a notice (<c>通知</c>, <c>公告</c>) are not labels.
    /// </summary>
    public static LineFacts? SectionLabel(ReadOnlySpan<char> line)
    {
        if (line.Length > 6) return null;
        var word = line.Length > 2 && line.EndsWith("新闻", StringComparison.Ordinal) ? line[..^2] : line;
        if (EqualsAny(word, BoilerplateData.TitleWords)) return null;
        return Widgets.IsChannelWord(word) || EqualsAny(word, BoilerplateData.SectionLabels) ? LineFacts.Of(BoilerplateKinds.Navigation) : null;
    }

    /// <summary>A tag list under the article: <c>关键词：消费券 财政司</c>, <c>相关字词：…</c>, <c>Tags: …</c>.</summary>
    public static LineFacts? TagList(ReadOnlySpan<char> line)
    {
        if (HasSentenceEnd(line)) return null;
        foreach (var label in BoilerplateData.TagLabels)
        {
            if (!line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = line[label.Length..].TrimStart(" \u3000");
            if (rest.Length > 0 && rest[0] is '：' or ':' or '﹕') return LineFacts.Of(BoilerplateKinds.Related);
        }
        return null;
    }

    /// <summary>Site banners and slogans: a token that is a site-furniture word or ends like <c>官方网站</c>, <c>稿源单位</c>.</summary>
    public static LineFacts? Banner(ReadOnlySpan<char> line)
    {
        if (line.Length > 80 || HasSentenceEnd(line)) return null;
        if (line.StartsWith("欢迎") || line.StartsWith("今天是")) return LineFacts.Of(BoilerplateKinds.Banner);
        // A line that only names the site and its sections ("腾讯新闻", "大众网·海报新闻", "经济网 中国经济论坛") is its banner.
        var publisherTokens = 0;
        if (line.Length <= 30 && AllTokens(line, MenuOrDashSeparators, t =>
            {
                if (LeadCredit.IsPublisher(t)) { publisherTokens++; return true; }
                return t.Length is > 2 and <= 12 && EndsWithAny(t, BoilerplateData.SiteSectionSuffixes);
            }, out var tokens) && tokens <= 4 && publisherTokens > 0)
            return LineFacts.Of(BoilerplateKinds.Banner);
        var found = false;
        AllTokens(line, MenuOrBracketSeparators, t =>
        {
            if (EqualsAny(t, BoilerplateData.BannerWords)) found = true;
            else
                foreach (var suffix in (ReadOnlySpan<string>)["官方网站", "新闻网站", "稿源单位", "门户网站", "官网", "网站"])
                    if (t.Length > suffix.Length && t.EndsWith(suffix, StringComparison.Ordinal)) { found = true; break; }
            return true;
        }, out _);
        return found ? LineFacts.Of(BoilerplateKinds.Banner) : null;
    }

    /// <summary>Site footers: licence numbers, organisers, <c>关于我们 | 联系我们</c>.</summary>
    public static LineFacts? SiteInfo(ReadOnlySpan<char> line) =>
        line.Length <= 200 && line.IndexOf('。') < 0 && ContainsAny(line, BoilerplateData.SiteInfoWords)
            ? LineFacts.Of(BoilerplateKinds.SiteInfo) : null;

    // ---- Widgets ------------------------------------------------------------------------------------------------------

    /// <summary>Share, print, close, feedback and font-size controls.</summary>
    public static LineFacts? Widget(ReadOnlySpan<char> line)
    {
        if (line.Length <= 40 && !HasSentenceEnd(line) && StartsWithAny(line, BoilerplateData.WidgetLeads))
            return LineFacts.Of(BoilerplateKinds.Widget);
        var words = 0;
        var ok = AllTokens(line, FieldLine.SeparatorChars, t =>
        {
            if (!Widgets.IsWidgetWord(t)) return false;
            words++;
            return true;
        }, out _);
        // One single-character word alone ("大") is too little to call a widget.
        return ok && (words >= 2 || line.Trim("【】[]").Length >= 2) ? LineFacts.Of(BoilerplateKinds.Widget) : null;
    }

    /// <summary>Reaction widgets: <c>• 微笑 • 流汗</c>, one mood a line with a bullet, or a bare mood word (weak).</summary>
    public static LineFacts? Reaction(ReadOnlySpan<char> line, bool requireBullet)
    {
        if (requireBullet && line.Length <= 24 && StartsWithAny(line, BoilerplateData.ReactionPrompts)) return LineFacts.Of(BoilerplateKinds.Reaction);
        var bulleted = BoilerplateData.Bullets.Contains(line[0]);
        if (requireBullet && !bulleted && !HasTwoTokens(line)) return null;
        return AllTokens(line, BoilerplateData.Bullets, t => Widgets.IsReactionWord(t.TrimEnd("0123456789()（）")), out _)
            ? LineFacts.Of(BoilerplateKinds.Reaction) : null;
    }

    private static bool HasTwoTokens(ReadOnlySpan<char> line) => line.IndexOfAny(" \u3000" + BoilerplateData.Bullets) > 0;

    /// <summary>A comment or read counter in words: <c>已有0人参与</c>, <c>共12条评论</c>, <c>阅读量 1.2万</c>.</summary>
    public static LineFacts? CounterPhrase(ReadOnlySpan<char> line) =>
        line.Length <= 24 && line.IndexOfAnyInRange('0', '9') >= 0 && !HasSentenceEnd(line)
        && (ContainsAny(line, BoilerplateData.CounterPhrases) || IsLabeledCount(line))
            ? LineFacts.Of(BoilerplateKinds.Counter) : null;

    /// <summary>A counter label followed by its count and nothing else: <c>阅读（2136）</c>, <c>浏览 1.2万</c>.</summary>
    private static bool IsLabeledCount(ReadOnlySpan<char> line)
    {
        foreach (var label in BoilerplateData.CounterLabels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal)) continue;
            var rest = line[label.Length..].Trim(" \u3000：:");
            if (!rest.IsEmpty && FieldLine.IsCount(rest)) return true;
        }
        return false;
    }

    /// <summary>The poster's location under the headline: <c>发布于：安徽省</c>, <c>IP属地：浙江</c> (a short place, no sentence).</summary>
    public static LineFacts? Location(ReadOnlySpan<char> line)
    {
        if (line.Length > 20 || HasSentenceEnd(line)) return null;
        foreach (var label in BoilerplateData.LocationLabels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal)) continue;
            var place = line[label.Length..].TrimStart(" \u3000：:");
            return !place.IsEmpty && place.IndexOfAny("，,、") < 0 ? LineFacts.Of(BoilerplateKinds.Widget) : null;
        }
        return null;
    }

    /// <summary>A stray counter: a line that is only numbers (<c>0</c>, <c>12 3</c>, a player's <c>00:02:35</c>) or stray bullets and marks.</summary>
    public static LineFacts? Counter(ReadOnlySpan<char> line)
    {
        if (line.Length > 20) return null;
        foreach (var c in line)
            if (!(char.IsAsciiDigit(c) || CharClass.IsInlineSpace(c) || BoilerplateData.Bullets.Contains(c) || c is '|' or '｜' or '+' or ',' or '.' or '…' or ':'))
                return FieldLine.IsCount(line) ? LineFacts.Of(BoilerplateKinds.Counter) : null;
        return LineFacts.Of(BoilerplateKinds.Counter);
    }

    // ---- Furniture around the body -----------------------------------------------------------------------------------

    /// <summary><c>▲…</c> picture captions.</summary>
    public static LineFacts? MarkedCaption(ReadOnlySpan<char> line) =>
        BoilerplateData.CaptionMarkers.Contains(line[0]) ? LineFacts.Of(BoilerplateKinds.Caption) : null;

    /// <summary>Photo credits and caption labels: <c>（记者 李明 摄）</c>, <c>新华社记者李明摄</c>, <c>资料图</c>, <c>图片来源：…</c>, player text.</summary>
    public static LineFacts? CaptionCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 60) return null;
        var inner = FieldLine.StripEnclosingBrackets(line);
        if (EqualsAny(inner, BoilerplateData.CaptionLabels)) return LineFacts.Of(BoilerplateKinds.Caption);
        // A label caption and its credit: "杨浦区某小区新加装的电梯。澎湃新闻记者 朱奕奕 图". Only a short label
        // (no comma, no other sentence end) goes with it; a full-sentence caption stays.
        var stop = inner.IndexOf('。');
        if (stop > 0 && stop <= 30 && stop < inner.Length - 1 && inner[..stop].IndexOfAny("，,；！？") < 0
            && !HasSentenceEnd(inner[(stop + 1)..]) && CaptionCredit(inner[(stop + 1)..]) is not null)
            return LineFacts.Of(BoilerplateKinds.Caption);
        if (HasSentenceEnd(inner)) return null;
        if (ContainsAny(inner, BoilerplateData.PlayerText)) return LineFacts.Of(BoilerplateKinds.Caption);
        if (StartsWithAny(inner, ["资料图", "图片来源", "图片来自", "图源", "图片由", "视频来源", "视频：", "视频:", "【视频】", "视频丨", "视频|", "题图"]) && inner.Length <= 40)
            return LineFacts.Of(BoilerplateKinds.Caption);
        foreach (var suffix in (ReadOnlySpan<string>)["摄影", "摄", "供图", "/图", "／图", " 图", "\u3000图"])
        {
            if (!inner.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var credit = inner[..^suffix.Length].TrimEnd(" \u3000/／");
            if (credit.IsEmpty || credit.Length > 30) return null;
            var names = new List<string>();
            if (Names.TrySplit(credit, names, strict: true) && names.Count > 0) return LineFacts.Of(BoilerplateKinds.Caption);
            // An agency or a team as the credit: 新华社发, 视觉中国 供图.
            if (suffix is "供图" || LeadCredit.IsPublisher(credit)) return LineFacts.Of(BoilerplateKinds.Caption);
            return null;
        }
        return null;
    }

    /// <summary>App, account and QR-code promotions: a short line with a verb like <c>下载</c> and a target like <c>客户端</c>.</summary>
    public static LineFacts? Promotion(ReadOnlySpan<char> line)
    {
        if (line.Length > 50 || line[^1] == '。') return null;
        // An imperative ("下载…客户端", "扫码关注…") — a headline about an app does not start with the verb.
        if ((StartsWithAny(line, BoilerplateData.PromotionVerbs) || StartsWithAny(line, ["欢迎", "请", "更多", "微信", "用微信", "戳"]) || line.Contains("扫码", StringComparison.Ordinal))
            && ContainsAny(line, BoilerplateData.PromotionTargets))
            return LineFacts.Of(BoilerplateKinds.Promotion);
        if (line.Length <= 24 && (StartsWithAny(line, BoilerplateData.AccountPrompts) || (line.Contains("蓝字", StringComparison.Ordinal) && line.Contains("关注", StringComparison.Ordinal))))
            return LineFacts.Of(BoilerplateKinds.Promotion);
        return line.Length <= 40 && StartsWithAny(line, ["点击进入", "点击查看", "点击阅读", "阅读原文", "点击这里", "点此", "戳这里", "更多精彩内容"])
            ? LineFacts.Of(BoilerplateKinds.Promotion) : null;
    }

    /// <summary>Promotions at the edges may be sentences (<c>更多资讯，欢迎关注新浪新闻公众号。</c>) or a bare account name.</summary>
    public static LineFacts? PromotionAtEdges(ReadOnlySpan<char> line)
    {
        if (line.Length > 60) return null;
        if ((ContainsAny(line, BoilerplateData.PromotionVerbs) || UsesAppToRead(line)) && ContainsAny(line, BoilerplateData.PromotionTargets))
            return LineFacts.Of(BoilerplateKinds.Promotion);
        foreach (var target in BoilerplateData.PromotionTargets)
            if (line.Length <= 16 && line.EndsWith(target, StringComparison.Ordinal)) return LineFacts.Of(BoilerplateKinds.Promotion);
        return null;
    }

    /// <summary>"现在用APP看新闻": 用 right before the app and 看, 读 or 听 right after it.</summary>
    private static bool UsesAppToRead(ReadOnlySpan<char> line)
    {
        for (var at = line.IndexOf('用'); at >= 0 && at + 1 < line.Length; )
        {
            var rest = line[(at + 1)..];
            foreach (var target in BoilerplateData.PromotionTargets)
            {
                if (rest.StartsWith(target, StringComparison.Ordinal) && rest.Length > target.Length && rest[target.Length] is '看' or '读' or '听')
                    return true;
            }
            var next = rest.IndexOf('用');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>Pagination (<c>上一页 1 2 3 下一页</c>, <c>第2页</c>).</summary>
    public static LineFacts? Pagination(ReadOnlySpan<char> line)
    {
        if (line.Length > 80) return null;
        var pagingWord = false;
        var ok = AllTokens(line, "【】[]|｜", t =>
        {
            if (t.SequenceEqual("上一页") || t.SequenceEqual("下一页") || IsPageNumber(t)) pagingWord = true;
            return EqualsAny(t, BoilerplateData.PaginationWords) || IsPageNumber(t) || IsDigits(t);
        }, out _);
        return ok && pagingWord ? LineFacts.Of(BoilerplateKinds.Pagination) : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> t)
    {
        foreach (var c in t)
            if (!char.IsAsciiDigit(c)) return false;
        return !t.IsEmpty;
    }

    /// <summary><c>第2页</c>, <c>共5页</c>.</summary>
    private static bool IsPageNumber(ReadOnlySpan<char> t) =>
        t.Length >= 3 && (t[0] is '第' or '共') && t[^1] == '页' && IsDigits(t[1..^1]);

    /// <summary><c>上一篇：…</c>, <c>下一篇：…</c>.</summary>
    public static LineFacts? PrevNext(ReadOnlySpan<char> line) =>
        line.Length <= 100 && StartsWithAny(line, BoilerplateData.PrevNextLeads) ? LineFacts.Of(BoilerplateKinds.Pagination) : null;

    /// <summary><c>相关新闻</c>, <c>【推荐阅读】</c>, <c>延伸阅读：</c> — the heading of a link list.</summary>
    public static LineFacts? RelatedHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > 20) return null;
        var core = line.Trim(" \u3000【】[]〔〕：:>》»›→·•|").TrimEnd("更多+ ");
        return EqualsAny(core, BoilerplateData.RelatedHeadings) ? LineFacts.Of(BoilerplateKinds.Related) : null;
    }

    /// <summary><c>（完）</c>, <c>【完】</c>, <c>-完-</c>, <c>END</c>.</summary>
    public static LineFacts? EndMark(ReadOnlySpan<char> line) =>
        line.Length <= 12 && EqualsAny(line.Trim(" \u3000（）()【】[]-—－~～"), BoilerplateData.EndMarks) ? LineFacts.Of(BoilerplateKinds.EndMark) : null;

    /// <summary>Content of a trailing bracket that is an end mark.</summary>
    public static bool IsEndMark(ReadOnlySpan<char> inner) => EqualsAny(inner.Trim(" \u3000"), BoilerplateData.EndMarks);
}
