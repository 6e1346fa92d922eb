using System.Text;
using CsCheck;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// No silent loss through decoding (spec rule 11): a news paragraph gives the same output whether it arrives as UTF-8,
/// GBK, GB18030, Big5 (Traditional text) or UTF-16 with a byte-order mark. Paragraphs are long enough (over 100
/// characters of prose) for any detector to be sure.
/// </summary>
public class EncodingRoundTripProperties
{
    static EncodingRoundTripProperties() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Simplified =
    [
        "记者", "近日", "从市政府获悉", "今年以来", "全市经济运行总体平稳", "居民收入稳步增长", "脱贫攻坚取得决定性成就",
        "各项工作扎实推进", "人民群众的获得感", "进一步增强", "县委书记表示", "我们将继续努力", "推动高质量发展", "二〇二〇年",
    ];

    private static readonly string[] Traditional =
    [
        "記者", "近日", "從市政府獲悉", "今年以來", "全市經濟運行總體平穩", "居民收入穩步增長", "脫貧攻堅取得決定性成就",
        "各項工作紮實推進", "人民群眾的獲得感", "進一步增強", "縣委書記表示", "我們將繼續努力", "推動高質量發展", "隨著時間推移",
    ];

    private static Gen<string> Prose(string[] phrases) =>
        Gen.OneOf(phrases).Array[12, 40].Select(ps => string.Concat(ps.Select((p, i) => p + (i % 4 == 3 ? "。" : "，"))) + "\n");

    private static readonly (string Name, Func<string, byte[]> Encode)[] ForSimplified =
    [
        ("gbk", s => Encoding.GetEncoding(936).GetBytes(s)),
        ("gb18030", s => Encoding.GetEncoding(54936).GetBytes(s)),
        ("utf-16le-bom", s => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)]),
        ("utf-16be-bom", s => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(s)]),
        ("utf-8-bom", s => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s)]),
    ];

    public static TheoryData<string> SimplifiedEncodings() => [.. ForSimplified.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(SimplifiedEncodings))]
    public void Simplified_prose_survives_any_encoding(string encoding)
    {
        var encode = ForSimplified.First(e => e.Name == encoding).Encode;
        Prose(Simplified).Sample(text =>
        {
            var expected = PropertySettings.Default.Normalize(Encoding.UTF8.GetBytes(text));
            var actual = PropertySettings.Default.Normalize(encode(text));
            Assert.True(expected == actual, $"{encoding} decodes differently\nutf-8:  {TextGen.Show(expected)}\n{encoding}: {TextGen.Show(actual)}");
        }, iter: PropertySettings.Iterations(200), print: TextGen.Show);
    }

    [Theory]
    [InlineData("big5")]
    [InlineData("gbk")]
    public void Traditional_prose_survives_its_encodings(string encoding)
    {
        var codePage = encoding == "big5" ? 950 : 936;
        Prose(Traditional).Sample(text =>
        {
            var expected = PropertySettings.Default.Normalize(Encoding.UTF8.GetBytes(text));
            var actual = PropertySettings.Default.Normalize(Encoding.GetEncoding(codePage).GetBytes(text));
            Assert.True(expected == actual, $"{encoding} decodes differently\nutf-8:  {TextGen.Show(expected)}\n{encoding}: {TextGen.Show(actual)}");
        }, iter: PropertySettings.Iterations(200), print: TextGen.Show);
    }
}
