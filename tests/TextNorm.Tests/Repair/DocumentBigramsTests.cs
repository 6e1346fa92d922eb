using TextNorm.Repair;

namespace TextNorm.Tests.Repair;

/// <summary>Pair counts are exact whichever way they are computed (prepared anchors, the full index, or both).</summary>
public class DocumentBigramsTests
{
    private static int Naive(string text, char a, char b)
    {
        if (a < 0x80 || b < 0x80) return 0;
        var n = 0;
        for (var i = 0; i + 1 < text.Length; i++) if (text[i] == a && text[i + 1] == b) n++;
        return n;
    }

    [Fact]
    public void Counts_match_a_naive_count_with_and_without_prepared_anchors()
    {
        var random = new Random(7);
        const string alphabet = "的是了容量份演总總a?。，哈";
        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var prepared = new DocumentBigrams(text);
            var plain = new DocumentBigrams(text);
            for (var query = 0; query < 30; query++)
            {
                var left = alphabet[random.Next(alphabet.Length)];
                var right = alphabet[random.Next(alphabet.Length)];
                prepared.Prepare(left, right);
                foreach (var c in alphabet)
                {
                    Assert.Equal(Naive(text, left, c), prepared.Count(left, c, 0));
                    Assert.Equal(Naive(text, c, right), prepared.Count(c, right, 0));
                    Assert.Equal(Naive(text, c, right), plain.Count(c, right, 0));
                }
            }
        }
    }

    [Fact]
    public void Overlapping_pairs_of_one_character_are_all_counted()
    {
        var bigrams = new DocumentBigrams("哈哈哈哈");
        bigrams.Prepare('哈', '哈');
        Assert.Equal(3, bigrams.Count('哈', '哈', 0));
    }
}
