using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class SmallFormPunctuationStepTests
{
    private readonly SmallFormPunctuationStep _step = new();

    [Theory]
    [InlineData("相关字词﹕消费券", "相关字词：消费券")]
    [InlineData("他说﹐今天很好﹗", "他说，今天很好！")]
    [InlineData("真的吗﹖﹙记者﹚", "真的吗？（记者）")]
    [InlineData("增长﹪5﹐﹑", "增长％5，、")]
    public void Repairs(string input, string expected) => StepRunner.AssertRepairs(_step, input, expected);

    [Theory]
    [InlineData("")]
    [InlineData("他说，今天很好！（记者）")]
    [InlineData("版本1﹒2")]          // the small full stop stays: it is as often a dot as a full stop
    [InlineData("vertical ︰ ︵︶")] // vertical presentation forms are another block
    public void Leaves_alone(string input) => StepRunner.AssertUnchanged(_step, input);

    /// <summary>
    /// Each small form's compatibility mapping in UnicodeData.txt (what NFKC gives; the tests run with invariant
    /// globalization, which has no normalization tables).
    /// </summary>
    private static readonly (char Small, char Compatible)[] UnicodeCompatibility =
    [
        ('\uFE50', ','), ('\uFE51', '\u3001'), ('\uFE54', ';'), ('\uFE55', ':'), ('\uFE56', '?'), ('\uFE57', '!'),
        ('\uFE58', '\u2014'), ('\uFE59', '('), ('\uFE5A', ')'), ('\uFE5B', '{'), ('\uFE5C', '}'), ('\uFE5D', '\u3014'),
        ('\uFE5E', '\u3015'), ('\uFE5F', '#'), ('\uFE60', '&'), ('\uFE61', '*'), ('\uFE62', '+'), ('\uFE63', '-'),
        ('\uFE64', '<'), ('\uFE65', '>'), ('\uFE66', '='), ('\uFE68', '\\'), ('\uFE69', '$'), ('\uFE6A', '%'), ('\uFE6B', '@'),
    ];

    /// <summary>Each small form becomes the full-width form of what it stands for (ASCII moved to U+FF01–U+FF5E).</summary>
    [Fact]
    public void Every_small_form_maps_to_the_full_width_form_of_its_compatibility_mapping()
    {
        foreach (var (small, compatible) in UnicodeCompatibility)
        {
            var expected = compatible is > ' ' and < '\u007F' ? (char)(compatible + 0xFEE0) : compatible;
            Assert.Equal(expected, SmallFormPunctuationStep.FullWidthOf(small));
            Assert.Equal(expected.ToString(), StepRunner.Run(_step, small.ToString()));
        }
        for (var c = '\uFE50'; c <= '\uFE6B'; c++)
        {
            if (Array.Exists(UnicodeCompatibility, p => p.Small == c)) continue;
            Assert.Equal('\0', SmallFormPunctuationStep.FullWidthOf(c)); // ﹒ and the unassigned code points stay
        }
    }

    [Fact]
    public void Records_one_change_per_run()
    {
        var report = StepRunner.AssertRepairs(_step, "好﹐﹐好﹗", "好，，好！");
        Assert.Equal(2, report.Count(ChangeKinds.SmallFormPunctuation));
        Assert.Equal(("﹐﹐", "，，"), (report.Items[0].Before, report.Items[0].After));
    }

    [Fact]
    public void In_the_pipeline_the_marks_then_collapse_and_lose_their_spaces()
    {
        Assert.Equal("你好，世界：再见\n", new TextNormalizer().Normalize("你好﹐﹐世界 ﹕ 再见"));
        var off = new TextNormalizer(new TextNormalizerOptions { Text = TextOptions.Default with { WidenSmallFormPunctuation = false } });
        Assert.Equal("你好﹐﹐世界 ﹕ 再见\n", off.Normalize("你好﹐﹐世界 ﹕ 再见"));
    }
}
