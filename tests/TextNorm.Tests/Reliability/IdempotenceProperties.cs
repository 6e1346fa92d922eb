using CsCheck;

namespace TextNorm.Tests.Reliability;

/// <summary>Issue 8: normalizing twice gives the same text as once, for generated text and for every test article.</summary>
public class IdempotenceProperties
{
    /// <summary>
    /// Every variant, every generated text: random rare characters, mojibake, runs of ?, controls inside damage,
    /// Traditional and Simplified mixed. Repair decides by a span's neighbours and later steps change them; the
    /// normalizer settles that (see <c>Pipeline/SettlePassTests</c>), so the property is strict.
    /// </summary>
    [Theory]
    [MemberData(nameof(PropertySettings.Variants), MemberType = typeof(PropertySettings))]
    public void Normalizing_generated_text_twice_changes_nothing(string variant)
    {
        var normalizer = PropertySettings.Get(variant);
        TextGen.Document.Sample(text => AssertIdempotent(normalizer, text, normalizer.Normalize(text)),
            iter: PropertySettings.Iterations(2000), print: TextGen.Show);
    }

    /// <summary>Random bytes, decoded (decoders write ? for bytes they cannot map, and wrong bytes decode as mojibake).</summary>
    [Theory]
    [MemberData(nameof(PropertySettings.Variants), MemberType = typeof(PropertySettings))]
    public void Normalizing_decoded_bytes_again_as_text_changes_nothing(string variant)
    {
        var normalizer = PropertySettings.Get(variant);
        TextGen.Bytes.Sample(bytes => AssertIdempotent(normalizer, TextGen.Show(bytes), normalizer.Normalize(bytes)),
            iter: PropertySettings.Iterations(1000), print: TextGen.Show);
    }

    public static TheoryData<string> ArticleNames() => [.. TestCorpus.Articles.Select(a => a.Name)];

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void Normalizing_a_test_article_twice_changes_nothing(string name)
    {
        var text = TestCorpus.Articles.First(a => a.Name == name).Text;
        foreach (var variant in PropertySettings.VariantNames)
        {
            var normalizer = PropertySettings.Get(variant);
            AssertIdempotent(normalizer, text, normalizer.Normalize(text));
        }
    }

    [Fact]
    public void The_corpus_holds_the_seeds_gold_and_rule_cases()
    {
        // Guards the test above against silently finding nothing (e.g. shared/ not found).
        Assert.Equal(5, TestCorpus.Articles.Count(a => a.Name.StartsWith("seed ", StringComparison.Ordinal)));
        Assert.True(TestCorpus.SharedDirectory is not null, "shared/ (gold, cases) not found beside the repository; set TEXTNORM_SHARED");
        Assert.Equal(5, TestCorpus.Articles.Count(a => a.Name.StartsWith("gold ", StringComparison.Ordinal)));
        Assert.Contains(TestCorpus.Articles, a => a.Name.StartsWith("rules.jsonl:", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalizing_decoded_seed_bytes_again_changes_nothing()
    {
        foreach (var (name, bytes) in TestCorpus.SeedBytes)
            AssertIdempotent(PropertySettings.Default, name, PropertySettings.Default.Normalize(bytes));
    }

    private static void AssertIdempotent(TextNormalizer normalizer, string input, string once)
    {
        var twice = normalizer.Normalize(once);
        if (twice == once) return;
        var at = 0;
        while (at < once.Length && at < twice.Length && once[at] == twice[at]) at++;
        var from = Math.Max(0, at - 30);
        throw new Xunit.Sdk.XunitException(
            $"Not idempotent: second pass differs at {at}\nonce:  …{TextGen.Show(once[from..Math.Min(once.Length, at + 30)])}…\n" +
            $"twice: …{TextGen.Show(twice[from..Math.Min(twice.Length, at + 30)])}…\ninput: {(input.Length > 2000 ? input[..2000] + "…" : TextGen.Show(input))}");
    }
}
