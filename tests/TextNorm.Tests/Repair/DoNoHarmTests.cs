using System.Text;
using TextNorm.Repair;
using TextNorm.Tests.Decoding;

namespace TextNorm.Tests.Repair;

/// <summary>Correct text is never touched by the repair step.</summary>
public class DoNoHarmTests
{
    public static TheoryData<string> CleanTexts => new()
    {
        "常见的生僻字：𠀋、𪚥、龘、靐。",
        "Emoji 😀 和 café、naïve 都不是乱码。",
        "Is this real? Yes! Where are you going?I don't know.",
        "Q&A 环节在 14:30 开始，C++ 和 C# 都会讲到。",
        "if (x > 0) { return a?.b ?? c; } // C++ Q&A: why? because!",
        "网址 https://example.com/path?query=1&b=2#frag 和 http://www.xinhuanet.com/2019-05/01/c_1124440000.htm?from=timeline",
        "我们使用 Python 和 C++ 开发，5G网络、AI芯片和iPhone手机都在清单上。",
        "你好?我很好?谢谢!他问:“真的吗?”为什么?因为……",
        "饕餮、魑魅魍魉、耄耋、踟蹰、龃龉、觊觎、罄竹难书。",
        "注音符號ㄅㄆㄇㄈ是臺灣的拼音方式。",
        "東京タワーは東京都港区にある電波塔です。",
        "한국어 텍스트와 中文 混合。",
        "Zhōngguó rénmín hěn hǎo, nǐ hǎo ma? Lǜsè de shù.",
        "α+β=γ，Привет мир，Größe über Maß, Ça coûte 10 €, déjà payé à l’hôtel.",
        "2017-10-23 08:38:12 來源:臨汾新聞網 責任編輯: 吉政",
        "Icon \uE001 here, and private use in Latin text \uE0A0 stays.",
        "中華民國與臺灣：鄧麗君、張學友、劉德華的歌曲。",
        "a_b_c 变量名 snake_case 与 camelCase，路径 C:\\Windows\\System32\\drivers。",
        "价格为¥1,000.00（约$150），增长58.9%，同比下降3.2个百分点。",
        "《人民日报》评论员文章：“坚定信心，攻坚克难！”",
    };

    [Theory]
    [MemberData(nameof(CleanTexts))]
    public void Clean_text_is_left_alone(string text)
    {
        Assert.Empty(MojibakeRepairer.FindRepairs(text));
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    [Fact]
    public void Gold_articles_need_no_repair()
    {
        foreach (var (id, text) in TestFiles.Gold())
            Assert.True(MojibakeRepairer.FindRepairs(text).Count == 0, $"gold {id} was 'repaired'");
    }

    [Fact]
    public void Clean_traditional_text_needs_no_repair()
    {
        foreach (var id in new[] { "000", "001", "002", "003", "004" })
        {
            var clean = SeedRepairTests.CleanSeed(id);
            Assert.Empty(MojibakeRepairer.FindRepairs(clean));
            Assert.Empty(MojibakeRepairer.FindRepairs(DecoderTests.Big5Compatible(clean)));
        }
    }

    [Fact]
    public void Repair_step_returns_the_same_instance_for_clean_text()
    {
        var text = TestFiles.Gold()[0].Text;
        var step = new MojibakeRepairStep(RepairOptions.Default);
        var context = new TextNorm.Pipeline.StepContext(new ChangeLog(100));
        Assert.Same(text, step.Apply(text, context));
        Assert.True(context.Changes.ToReport().IsEmpty);
    }

    [Fact]
    public void Disabled_repair_changes_nothing()
    {
        var options = TextNormalizerOptions.Default with { Repair = RepairOptions.Disabled };
        var output = new TextNormalizer(options).Normalize("今天鍏ㄥ浗人民");
        Assert.Contains("鍏ㄥ浗", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_is_idempotent_on_the_seeds()
    {
        foreach (var (_, seed) in TestFiles.Seeds())
        {
            var once = MojibakeRepairer.Repair(seed);
            Assert.Equal(once, MojibakeRepairer.Repair(once));
        }
    }

    [Fact]
    public void Random_text_does_not_crash_or_hang()
    {
        var random = new Random(7);
        var sb = new StringBuilder();
        for (var i = 0; i < 200_000; i++) sb.Append((char)random.Next(0x20, 0xFFFE));
        var text = sb.ToString();
        var repaired = MojibakeRepairer.Repair(text);
        Assert.NotNull(repaired);
        var questionMarks = new string('?', 10_000) + "的" + new string('?', 10_000);
        Assert.NotNull(MojibakeRepairer.Repair(questionMarks));

        // Inputs that would take minutes if any finder were quadratic.
        foreach (var pattern in new[] { "中文?测试?皼笨?", "\uE000\uE001中", "Ã©", "å…¨å›½", "鍏ㄥ浗", "锟斤拷" })
        {
            var big = string.Concat(Enumerable.Repeat(pattern, 200_000 / pattern.Length));
            Assert.NotNull(MojibakeRepairer.Repair(big));
        }
    }
}
