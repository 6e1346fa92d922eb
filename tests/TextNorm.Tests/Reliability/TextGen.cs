using System.Text;
using CsCheck;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// Generators for the property tests, biased toward what corpora of scraped Chinese news hold: Simplified and
/// Traditional Han text, pinyin-like parentheses, half- and full-width punctuation, runs of <c>?</c>, private-use
/// characters, lone surrogates, controls, NBSP and zero-width characters, Latin words, numbers, URLs, boilerplate
/// lines, mojibake, and the bytes of all that in UTF-8, GBK, GB18030, Big5 and UTF-16 (whole, mixed per line, or cut).
/// A document is an array of fragments, so CsCheck shrinks a failure to the few fragments that matter.
/// </summary>
internal static class TextGen
{
    static TextGen() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] SimplifiedWords =
    [
        "新闻", "发布会", "经济", "发展", "中国", "记者", "第一书记", "统一指挥 挂图作战", "随着", "显著", "县委书记",
        "临汾新闻网讯", "人民群众", "高质量", "脱贫攻坚", "乡村振兴", "二〇二〇年", "的", "了", "在", "是",
    ];

    private static readonly string[] TraditionalWords =
    [
        "經濟", "發展", "隨著", "顯著", "臺灣", "記者", "報導", "縣長", "會議", "這個", "我們", "電腦", "網路", "資訊",
        "軟體", "國際", "學習", "標誌著", "帶著", "當著", "臨汾新聞網訊", "責任編輯", "沖鋒號", "乾淨", "頭髮", "後來",
    ];

    private static readonly string[] PinyinSyllables =
    [
        "shè", "jīng", "fā", "zhǎn", "wǎng", "jì", "zhě", "xiàn", "huì", "guó", "rén", "mín", "lǜ", "nǚ", "ài", "ér",
        "zhōng", "she", "jing", "zhongguo", "xué", "xí", "chéng", "shí", "diǎn", "qū", "ā", "ē", "ǒu", "ǘ",
    ];

    private static readonly string[] RealParentheses =
        ["(陳健翔)", "(张存成)", "(GDP)", "(2019)", "(1)", "（记者 李明 摄）", "(网络编辑:崔晓萌)", "(张建华", "()", "(a)", "(ｈｅ)"];

    private static readonly string[] BoilerplateLines =
    [
        "2017-10-23 08:38:12 來源:臨汾新聞網", "责任编辑: 吉政", "責任編輯:張茜", "记者 王小庚", "首页 > 区域 > 陕西 > 正文",
        "版權聲明:凡臨汾日報所有作品，未經授權不得轉載。", "• 微笑", "• 流汗", "0", "分享到", "原标题：某某某", "相关新闻",
        "推荐阅读", "图片来源：新华社", "资料图", "▲ 现场图", "上一页 1 2 3 下一页", "阅读 1234", "来源：人民网", "稿源：新华网",
        "人民日报社中国经济周刊官方网站  中央新闻网站  互联网新闻信息稿源单位", "打印 关闭", "字号：大 中 小",
        // Conventions of other sites (cases 45-55): update times, wire codes, bracketed credits, section labels, tags.
        "2026/11/07 14:05（11/07 14:30 更新）", "发布时间：2026-11-07 09:30 更新时间：2026-11-07 16:45", "（编辑：林家嫻）1151107",
        "（中央社記者張建中新竹7日電）", "【明報專訊】", "〔記者李文馨／台北報導〕", "记者王小明／综合报导", "港聞", "国际", "即时新闻",
        "相關字詞﹕消費券", "关键词：消费券", "小字号", "参与互动", "網易新聞 > 國內新聞", "联合新闻网 / 要闻",
        "原创 城市观察 2026-11-05 20:00 发表于浙江", "点击上方蓝字关注我们", "点个在看", "往期推荐", "现在用APP看新闻",
        "记者：今年的重点是什么？", "分享给朋友：", "﹐﹑﹔﹕﹖﹗﹙﹚",
    ];

    private static readonly string[] LatinAndNumbers =
    [
        "GDP", "CPU", "iPhone 15", "COVID-19", "1,000", "09:22", "09:22:25", "1.2萬元", "10.35億元", "8+5", "58.9%",
        "Hello, world!", "e.g.", "No.1", "A股", "5G", "3.14", "2020年", "v1.2.3",
    ];

    private static readonly string[] Urls =
    [
        "http://www.example.com/a?b=1&c=2", "https://news.sina.com.cn/c/2020-05-01/doc-iirczymk.shtml?x=(1)",
        "www.people.com.cn", "user@example.com", "ftp://host:21/path;type=a", "http://例子.测试/路径?问=答",
    ];

    private static readonly string[] Whitespace =
    [
        " ", "  ", "\t", "\u00A0", "\u3000", "\u3000\u3000", "\u2002", "\u2003", "\u202F", "\u205F", "\u1680", "\u000B", "\u000C",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
    ];

    private static readonly string[] LineBreaks = ["\n", "\r\n", "\r", "\n\n\n", "\u2028", "\u2029", "\u0085", "\n  \n", "\r\r\n"];

    private const string HalfWidthPunctuation = ",.;:?!()\"'[]{}<>-_/\\|@#$%^&*+=~`";

    /// <summary>Phrases of ordinary news prose, Simplified and Traditional.</summary>
    public static readonly string[] ProsePhrases =
    [
        "记者近日从市政府获悉", "今年以来全市经济运行总体平稳", "居民收入稳步增长", "各项工作扎实推进", "县委书记表示",
        "今年以來全市經濟運行總體平穩", "居民收入穩步增長", "各項工作紮實推進", "縣委書記表示", "隨著時間推移",
        "推动高质量发展", "脱贫攻坚取得决定性成就", "人民群众的获得感进一步增强", "我們將繼續努力",
    ];

    /// <summary>Common Simplified characters (GB2312 level 1 and a little beyond).</summary>
    public static readonly Gen<string> HanRun = Gen.Char['\u4E00', '\u9FA5'].Array[1, 12].Select(a => new string(a));

    /// <summary>A Han character followed by a pinyin-like parenthesis: <c>設(shè)</c>, <c>中(zhōng guó)</c>, or a half-open one.</summary>
    public static readonly Gen<string> PinyinAnnotation =
        Gen.Select(Gen.OneOf(TraditionalWords), Gen.OneOf(PinyinSyllables).Array[1, 3], Gen.Int[0, 5],
            (word, syllables, shape) => shape switch
            {
                0 => $"{word}({string.Join(' ', syllables)})",
                1 => $"{word}（{string.Concat(syllables)}）",
                2 => $"{word}({string.Concat(syllables)}",          // unclosed
                3 => $"{word}{string.Concat(syllables)})",          // unopened
                4 => $"{word}(({syllables[0]}))",                   // nested
                _ => $"{word}({string.Concat(syllables)})",
            });

    /// <summary>UTF-8 or GBK bytes read with the wrong code page, or GBK read one byte out of step (noise.md §2).</summary>
    public static readonly Gen<string> Mojibake =
        Gen.Select(Gen.OneOf<string>(HanRun, Gen.OneOf(TraditionalWords)), Gen.Int[0, 4], (text, how) => how switch
        {
            0 => Encoding.GetEncoding(936).GetString(Encoding.UTF8.GetBytes(text)),
            1 => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text)),
            2 => Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(text)),
            3 => Encoding.GetEncoding(936).GetString(Encoding.GetEncoding(936).GetBytes("。”" + text).AsSpan(1)),
            _ => Encoding.GetEncoding(936).GetString(Encoding.GetEncoding(936).GetBytes(text + "，")[..^1]),
        });

    /// <summary>Any UTF-16 code units, surrogates and noncharacters included.</summary>
    public static readonly Gen<string> AnyChars = Gen.Char.Array[1, 8].Select(a => new string(a));

    /// <summary>One fragment of a document.</summary>
    public static readonly Gen<string> Fragment = MakeFragment(HanRun, 2, 4);

    private static Gen<string> MakeFragment(Gen<string> han, int anyCharsWeight, int mojibakeWeight) => Gen.Frequency<string>(
        (20, han),
        (6, Gen.OneOf(SimplifiedWords)),
        (10, Gen.OneOf(TraditionalWords)),
        (8, PinyinAnnotation),
        (3, Gen.OneOf(RealParentheses)),
        (10, Gen.Char[HalfWidthPunctuation].Array[1, 3].Select(a => new string(a))),
        (10, Gen.Char[global::TextNorm.Text.CharClass.FullWidthPunctuationChars + "…—·"].Array[1, 3].Select(a => new string(a))),
        (3, Gen.Int[1, 12].Select(n => new string('?', n))),
        (3, Gen.Char['\uE000', '\uF8FF'].Array[1, 4].Select(a => new string(a))),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (2, Gen.Int[0x20000, 0x2A6DF].Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf("😀", "👍🏽", "🇨🇳", "é", "é", "ｈｅｌｌｏ", "０１２３", "ㄆ", "\uFFFD", "\uFFFE", "\uFFFF")),
        (4, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (2, Gen.Char['\u007F', '\u009F'].Select(c => c.ToString())),
        (8, Gen.OneOf(Whitespace)),
        (8, Gen.OneOf(LineBreaks)),
        (5, Gen.OneOf(LatinAndNumbers)),
        (3, Gen.Char['a', 'z'].Array[1, 8].Select(a => new string(a))),
        (3, Gen.OneOf(Urls)),
        (5, Gen.OneOf(BoilerplateLines).Select(l => "\n" + l + "\n")),
        (mojibakeWeight, Mojibake),
        (anyCharsWeight, AnyChars));

    /// <summary>A document: up to 60 fragments.</summary>
    public static readonly Gen<string> Document = Fragment.Array[0, 60].Select(fs => string.Concat(fs));

    /// <summary>A longer document of several paragraphs, for the thread-safety test.</summary>
    public static readonly Gen<string> Article = Document.Array[1, 8].Select(ps => string.Join("\n", ps));

    private static readonly (string Name, Func<string, byte[]> Encode)[] Encoders =
    [
        ("utf-8", Encoding.UTF8.GetBytes),
        ("utf-8-bom", s => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s)]),
        ("gbk", s => Encoding.GetEncoding(936).GetBytes(s)),
        ("gb18030", s => Encoding.GetEncoding(54936).GetBytes(s)),
        ("big5", s => Encoding.GetEncoding(950).GetBytes(s)),
        ("utf-16le", Encoding.Unicode.GetBytes),
        ("utf-16le-bom", s => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)]),
        ("utf-16be-bom", s => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(s)]),
        ("latin1", s => Encoding.Latin1.GetBytes(s)),
    ];

    private static readonly Gen<byte[]> EncodedDocument =
        Gen.Select(Document, Gen.Int[0, Encoders.Length - 1], (text, e) => Encoders[e].Encode(text));

    /// <summary>Each line in its own encoding (spec rule 11: files that mix encodings).</summary>
    private static readonly Gen<byte[]> MixedEncodingDocument =
        Gen.Select(Document, Gen.Int[0, 4], (text, e) => Encoders[e].Encode(text))
            .Array[1, 6].Select(lines => lines.SelectMany(l => l.Append((byte)'\n')).ToArray());

    /// <summary>Bytes: encoded documents (whole, cut at any byte, mixed per line) and random bytes.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Frequency<byte[]>(
        (6, EncodedDocument),
        (2, MixedEncodingDocument),
        (2, Gen.Select(EncodedDocument, Gen.Int[0, 1000], (b, cut) => b.AsSpan(0, Math.Min(cut, b.Length)).ToArray())),
        (2, Gen.Byte.Array[0, 400]),
        (1, Gen.Select(Gen.Byte[0x80, 0xFF].Array[0, 200], Gen.Byte[0x40, 0xFE].Array[0, 200], (a, b) => a.Zip(b, (x, y) => new[] { x, y }).SelectMany(p => p).ToArray())));

    /// <summary>A readable dump of a generated string for failure messages: controls and odd characters as \uXXXX.</summary>
    public static string Show(string s) => OutputShape.Show(s);

    /// <summary>Bytes as hex for failure messages.</summary>
    public static string Show(byte[] b) => Convert.ToHexString(b);
}
