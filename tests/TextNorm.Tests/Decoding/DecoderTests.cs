using System.Text;
using TextNorm.Decoding;

namespace TextNorm.Tests.Decoding;

public class DecoderTests
{
    private static readonly Encoding Gbk = ChineseTextDecoder.GetEncoding("gbk");
    private static readonly Encoding Gb18030 = ChineseTextDecoder.GetEncoding("gb18030");
    private static readonly Encoding Big5 = ChineseTextDecoder.GetEncoding("big5");

    public static TheoryData<string> GoldIds => new() { "000", "001", "002", "003", "004" };

    private static string GoldText(string id) => TestFiles.Gold().Single(g => g.Id == id).Text;

    private static byte[] Bom(Encoding e, string text) => [.. e.GetPreamble(), .. e.GetBytes(text)];

    [Theory]
    [MemberData(nameof(GoldIds))]
    public void Gold_article_decodes_the_same_from_every_encoding(string id)
    {
        var text = GoldText(id);
        var encodings = new (string Name, byte[] Bytes, string Expected)[]
        {
            ("utf-8", Encoding.UTF8.GetBytes(text), "utf-8"),
            ("utf-8 bom", Bom(new UTF8Encoding(true), text), "utf-8"),
            ("gbk", Gbk.GetBytes(text), "gb18030"),
            ("gb18030", Gb18030.GetBytes(text), "gb18030"),
            ("utf-16le bom", Bom(new UnicodeEncoding(false, true), text), "utf-16le"),
            ("utf-16be bom", Bom(new UnicodeEncoding(true, true), text), "utf-16be"),
            ("utf-16le", new UnicodeEncoding(false, false).GetBytes(text), "utf-16le"),
            ("utf-16be", new UnicodeEncoding(true, false).GetBytes(text), "utf-16be"),
        };
        foreach (var (name, bytes, expectedName) in encodings)
        {
            var decoded = ChineseTextDecoder.Decode(bytes, out var detected);
            Assert.True(text == decoded, $"{id} as {name} decoded differently");
            Assert.Equal(expectedName, detected);
        }
    }

    [Theory]
    [MemberData(nameof(GoldIds))]
    public void Gold_article_normalizes_the_same_from_every_encoding(string id)
    {
        var text = GoldText(id);
        var normalizer = new TextNormalizer();
        var expected = normalizer.Normalize(Encoding.UTF8.GetBytes(text));
        Assert.Equal(expected, normalizer.Normalize(Gbk.GetBytes(text)));
        Assert.Equal(expected, normalizer.Normalize(Gb18030.GetBytes(text)));
        Assert.Equal(expected, normalizer.Normalize(Bom(new UnicodeEncoding(false, true), text)));
        Assert.Equal(expected, normalizer.Normalize(Bom(new UnicodeEncoding(true, true), text)));
        Assert.Equal(expected, normalizer.Normalize(Bom(new UTF8Encoding(true), text)));
    }

    /// <summary>
    /// The Traditional seeds in Big5. Big5 has no pinyin letters, so the converter's annotations are taken out first,
    /// and the few lines holding characters Big5 lacks (the GBK-damaged spans) are left out.
    /// </summary>
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Traditional_seed_decodes_the_same_from_big5(string id)
    {
        var text = Big5Compatible(TestFiles.Seed(id));
        Assert.True(text.Length > 1000);
        var normalizer = new TextNormalizer();
        var decoded = ChineseTextDecoder.Decode(Big5.GetBytes(text), out var detected);
        Assert.Equal(text, decoded);
        Assert.Equal("big5", detected);
        Assert.Equal(normalizer.Normalize(Encoding.UTF8.GetBytes(text)), normalizer.Normalize(Big5.GetBytes(text)));
    }

    internal static string Big5Compatible(string seed)
    {
        var withoutAnnotations = System.Text.RegularExpressions.Regex.Replace(seed, @"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "",
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));
        var strict = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var lines = withoutAnnotations.Split('\n').Where(l =>
        {
            try { return strict.GetString(strict.GetBytes(l)) == l; }
            catch (EncoderFallbackException) { return false; }
        });
        return string.Join('\n', lines);
    }

    [Fact]
    public void File_of_lines_in_alternating_encodings_is_decoded_line_by_line()
    {
        var simplified = GoldText("004").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var traditional = Big5Compatible(TestFiles.Seed("002")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Any(c => c >= 0x4E00)).ToArray();
        var expected = new StringBuilder();
        var bytes = new List<byte>();
        var n = Math.Min(simplified.Length, traditional.Length);
        for (var i = 0; i < n; i++)
        {
            var (line, encoding) = (i % 3) switch
            {
                0 => (simplified[i], Encoding.UTF8),
                1 => (simplified[i], Gbk),
                _ => (traditional[i], Big5),
            };
            expected.Append(line).Append('\n');
            bytes.AddRange(encoding.GetBytes(line));
            bytes.Add((byte)'\n');
        }
        var decoded = ChineseTextDecoder.Decode(bytes.ToArray(), out var detected);
        Assert.Equal(expected.ToString(), decoded);
        Assert.Equal("utf-8+gb18030+big5", detected);

        var report = new TextNormalizer().NormalizeDocument(bytes.ToArray()).Changes;
        var encodings = report.OfKind(ChangeKinds.Encoding).ToList();
        Assert.Equal(n, encodings.Count); // every line differs from the one before
        Assert.Equal(0, encodings[0].Position);
        Assert.Equal(["utf-8", "gb18030", "big5"], encodings.Take(3).Select(c => c.After));
    }

    [Fact]
    public void Uniform_file_records_one_encoding_change()
    {
        var text = string.Concat(Enumerable.Repeat(GoldText("003"), 20));
        var report = new TextNormalizer().NormalizeDocument(Gbk.GetBytes(text)).Changes;
        var change = Assert.Single(report.OfKind(ChangeKinds.Encoding));
        Assert.Equal("gb18030", change.After);
        Assert.Equal(0, change.Position);
    }

    [Fact]
    public void Forced_encoding_skips_detection()
    {
        var bytes = Big5.GetBytes("臨汾新聞網訊");
        Assert.Equal("臨汾新聞網訊", ChineseTextDecoder.Decode(bytes, DecodingOptions.ForEncoding("big5")));
        var asGbk = ChineseTextDecoder.Decode(bytes, out var name, new DecodingOptions { ForcedEncoding = Gbk });
        Assert.Equal("gb18030", name);
        Assert.Equal(Gbk.GetString(bytes), asGbk);
    }

    [Fact]
    public void Short_gbk_and_big5_lines_are_told_apart()
    {
        Assert.Equal("今天全国人民", ChineseTextDecoder.Decode(Gbk.GetBytes("今天全国人民"), out var a));
        Assert.Equal("gb18030", a);
        Assert.Equal("臨汾新聞網訊記者", ChineseTextDecoder.Decode(Big5.GetBytes("臨汾新聞網訊記者"), out var b));
        Assert.Equal("big5", b);
    }

    [Fact]
    public void Invalid_bytes_are_dropped_and_counted_never_replaced()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("第一段"), 0xFF, 0xFE, 0x80, .. Encoding.UTF8.GetBytes("第二段")];
        var doc = new TextNormalizer().NormalizeDocument(bytes);
        Assert.DoesNotContain('\uFFFD', doc.Text);
        Assert.Contains("第二段", doc.Text, StringComparison.Ordinal);
        Assert.True(doc.Changes.Count(ChangeKinds.InvalidBytes) > 0);
    }

    // Valid UTF-8 takes one of two fast paths by size (one pass through a pooled buffer up to 1 MB, count then
    // transcode above); both must give the same text, and both must send invalid bytes to the repairing decoder.
    [Theory]
    [InlineData(1000)]          // a few KB
    [InlineData(360_000)]       // ~1.03 MB of three-byte characters: above the one-pass size
    public void Valid_utf8_decodes_exactly_on_both_sides_of_the_one_pass_size(int repeats)
    {
        var text = string.Concat(Enumerable.Repeat("中文内容，Mixed ASCII 😀。\n", repeats / 10));
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(text, ChineseTextDecoder.Decode(bytes, out var name));
        Assert.Equal("utf-8", name);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(400_000)]
    public void Invalid_byte_near_the_end_of_a_large_document_is_dropped_not_replaced(int repeats)
    {
        var text = string.Concat(Enumerable.Repeat("中文内容很多。", repeats / 7));
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text), 0xFF, .. Encoding.UTF8.GetBytes("结尾")];
        var decoded = ChineseTextDecoder.Decode(bytes);
        Assert.Equal(text + "结尾", decoded);
    }

    [Fact]
    public void Big5_slash_is_the_full_width_slash_not_a_division_slash()
    {
        // Code page 950 reads A2 41 as U+2215; Big5 itself and browsers as U+FF0F, the slash of 記者王明／台北報導.
        byte[] bytes = [.. Big5.GetBytes("〔記者王小明"), 0xA2, 0x41, .. Big5.GetBytes("台北報導〕立法院昨天三讀通過數位發展相關法案，明定政府應推動數位轉型。")];
        var decoded = ChineseTextDecoder.Decode(bytes, out var name);
        Assert.Equal("big5", name);
        Assert.Equal("〔記者王小明／台北報導〕立法院昨天三讀通過數位發展相關法案，明定政府應推動數位轉型。", decoded);
        Assert.Equal(decoded, ChineseTextDecoder.Decode(bytes, new DecodingOptions { ForcedEncoding = Big5 }));
        Assert.Equal(["王小明"], new TextNormalizer().NormalizeDocument(bytes).Metadata.Authors);
    }

    [Fact]
    public void Truncated_character_at_the_end_is_dropped()
    {
        var bytes = Encoding.UTF8.GetBytes("中文内容很多");
        var decoded = ChineseTextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1));
        Assert.Equal("中文内容很", decoded);
    }

    [Fact]
    public void Binary_input_gives_a_safe_result()
    {
        var random = new Random(42);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7) bytes[i] = 0;
        var text = ChineseTextDecoder.Decode(bytes);
        Assert.DoesNotContain('\uFFFD', text);
        var doc = new TextNormalizer().NormalizeDocument(bytes);
        Assert.NotNull(doc.Text);

        var zeros = new byte[10_000];
        Assert.NotNull(ChineseTextDecoder.Decode(zeros));
        Assert.Equal("", ChineseTextDecoder.Decode([]));
    }

    [Fact]
    public void Bom_is_not_part_of_the_text_and_is_recorded()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("标题")];
        var doc = new TextNormalizer().NormalizeDocument(bytes);
        Assert.Equal("标题\n", doc.Text);
        Assert.Equal(1, doc.Changes.Count(ChangeKinds.ByteOrderMark));
        Assert.Equal("utf-8", Assert.Single(doc.Changes.OfKind(ChangeKinds.Encoding)).After);
    }

    [Fact]
    public void Ascii_and_latin_text_still_decode()
    {
        Assert.Equal("Hello, world", ChineseTextDecoder.Decode("Hello, world"u8));
        var latin1 = Encoding.Latin1.GetBytes("Le café est très bon, naïve idée, déjà vu, à côté de la forêt.");
        var decoded = ChineseTextDecoder.Decode(latin1, out var name);
        Assert.Equal("Le café est très bon, naïve idée, déjà vu, à côté de la forêt.", decoded);
        Assert.NotEqual("gb18030", name);
    }

    [Fact]
    public void Encoding_names_resolve()
    {
        Assert.Equal(54936, ChineseTextDecoder.GetEncoding("GBK").CodePage);
        Assert.Equal(54936, ChineseTextDecoder.GetEncoding("gb2312").CodePage);
        Assert.Equal(950, ChineseTextDecoder.GetEncoding("Big5").CodePage);
        Assert.Equal(1201, ChineseTextDecoder.GetEncoding("utf-16be").CodePage);
        Assert.ThrowsAny<ArgumentException>(() => ChineseTextDecoder.GetEncoding("no-such-encoding"));
    }
}

public class GbkTableTests
{
    [Fact]
    public void Fast_gbk_decoding_matches_the_framework_gb18030_decoder()
    {
        var gb = ChineseTextDecoder.GetEncoding("gb18030");
        var text = string.Concat(TestFiles.Gold().Select(g => g.Text)) + TestFiles.Seed("000")
            + "𠀋𪚥😀€ éü ㄅㄆ \uE000\uE4C5 〇 ABC 123\n";
        byte[] bytes = [.. gb.GetBytes(text), 0x80, 0xFF, 0x81, 0x20, 0x81, 0x30, 0x20, 0xFE];
        var expected = gb.GetString(bytes);
        var buffer = new char[bytes.Length];
        var n = GbkTable.Decode(bytes, buffer);
        Assert.Equal(text, new string(buffer, 0, n)[..text.Length]);
        Assert.Equal(expected.Length, n);
        Assert.Equal(expected, new string(buffer, 0, n));
    }
}
