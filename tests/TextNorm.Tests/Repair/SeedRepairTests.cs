using TextNorm.Repair;
using TextNorm.Tests.Decoding;

namespace TextNorm.Tests.Repair;

/// <summary>The damaged spans of the seeds (noise.md §2), with the expected text read off the gold (Simplified there; Traditional here).</summary>
public class SeedRepairTests
{
    public static TheoryData<string, string, string> DamagedSpans => new()
    {
        { "001", "贊?!笨h委", "贊。”縣委" },
        { "001", "作戰(zhàn)??h、鄉", "作戰(zhàn)。縣、鄉" },
        { "001", "壓力??h里", "壓力。縣里" },
        { "001", "困難?!皼_鋒號", "困難。“沖鋒號" },
        { "000", "有序?qū)嵤\uE800\uE0E6拇ㄆ鋪?、北掌", "有序實施，四川其、北掌" },
        // Gold has 總容量達到. The lead byte of 容 (C8 DD) went with the swallowed "(" of an annotation "(cè)" that a
        // converter, itself out of step, had put after the phantom character 側 (82 C8). Character frequency alone
        // cannot tell 容 (C8 DD) from 演 (B1 DD) or 份 (B7 DD); the word list can (容量 is a common word, 份量 a rare one).
        { "000", "總?cè)萘窟_到", "總容量達到" },
    };

    [Theory]
    [MemberData(nameof(DamagedSpans))]
    public void Damaged_span_of_the_seed_is_repaired(string seed, string damaged, string expected)
    {
        // The whole document: a lost lead byte is guessed with the help of the document's own words.
        var text = TestFiles.Seed(seed);
        Assert.Contains(damaged, text, StringComparison.Ordinal);
        var repaired = MojibakeRepairer.Repair(text);
        Assert.Contains(expected, repaired, StringComparison.Ordinal);
        Assert.DoesNotContain(damaged, repaired, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_repaired_is_the_seed_with_exactly_its_damaged_spans_replaced(string seed)
    {
        Assert.Equal(CleanSeed(seed), MojibakeRepairer.Repair(TestFiles.Seed(seed)));
    }

    /// <summary>The seed with its damaged spans replaced by their expected repair: clean Traditional text.</summary>
    internal static string CleanSeed(string seed)
    {
        var expected = TestFiles.Seed(seed);
        foreach (var row in DamagedSpans)
        {
            if ((string)row[0] != seed) continue;
            Assert.Contains((string)row[1], expected, StringComparison.Ordinal);
            expected = expected.Replace((string)row[1], (string)row[2], StringComparison.Ordinal);
        }
        return expected;
    }

    [Theory]
    [InlineData("的?任天順表示")]
    [InlineData("成效?任天順告訴記者")]
    [InlineData("落實?任天順指出")]
    public void Real_question_mark_in_000_is_not_a_repair(string span)
    {
        var text = TestFiles.Seed("000");
        Assert.Contains(span, text, StringComparison.Ordinal);
        var repairs = MojibakeRepairer.FindRepairs(text);
        var at = text.IndexOf(span, StringComparison.Ordinal);
        Assert.DoesNotContain(repairs, r => r.Start < at + span.Length && at < r.End);
        Assert.Contains(span, MojibakeRepairer.Repair(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", 2)]
    [InlineData("001", 4)]
    [InlineData("002", 0)]
    [InlineData("003", 0)]
    [InlineData("004", 0)]
    public void Seeds_get_exactly_their_damaged_spans_repaired(string seed, int expectedRepairs)
    {
        var repairs = MojibakeRepairer.FindRepairs(TestFiles.Seed(seed));
        Assert.Equal(expectedRepairs, repairs.Count);
    }
}
