using CsCheck;

namespace TextNorm.Tests.Reliability;

/// <summary>Issue 8: one shared normalizer used from 8 threads at once gives exactly the results of sequential use.</summary>
public class ThreadSafetyProperties
{
    private const int Threads = 8;

    [Fact]
    public void Eight_threads_sharing_one_normalizer_get_the_sequential_results()
    {
        var batch = Gen.Select(TextGen.Article.Array[20, 40], TextGen.Bytes.Array[10, 20]);
        batch.Sample(b =>
        {
            var (texts, bytes) = b;
            var allTexts = texts.Concat(TestCorpus.Articles.Select(a => a.Text)).ToArray();
            var allBytes = bytes.Concat(TestCorpus.SeedBytes.Select(s => s.Bytes)).ToArray();
            // A fresh normalizer per batch, so lazily built tables are first touched concurrently as well.
            var shared = new TextNormalizer();
            var concurrent = RunConcurrently(shared, allTexts, allBytes);
            var sequentialNormalizer = new TextNormalizer();
            var expected = Describe(sequentialNormalizer, allTexts, allBytes);
            for (var t = 0; t < Threads; t++)
                for (var i = 0; i < expected.Length; i++)
                    Assert.True(expected[i] == concurrent[t][i], $"thread {t}, input {i}: concurrent result differs from sequential\nsequential: {TextGen.Show(expected[i])}\nconcurrent: {TextGen.Show(concurrent[t][i])}");
        }, iter: PropertySettings.Iterations(4), threads: 1);
    }

    /// <summary>Each thread normalizes every input, starting at a different offset so that threads collide on different documents.</summary>
    private static string[][] RunConcurrently(TextNormalizer shared, string[] texts, byte[][] bytes)
    {
        var results = new string[Threads][];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                var n = texts.Length + bytes.Length;
                var mine = new string[n];
                for (var k = 0; k < n; k++)
                {
                    var i = (k + t * 7) % n;
                    mine[i] = i < texts.Length ? DescribeOne(shared.NormalizeDocument(texts[i])) : DescribeOne(shared.NormalizeDocument(bytes[i - texts.Length]));
                }
                results[t] = mine;
            }
            catch (Exception e) { errors[t] = e; }
        })).ToArray();
        foreach (var th in threads) th.Start();
        foreach (var th in threads) th.Join();
        foreach (var e in errors) if (e is not null) throw new Xunit.Sdk.XunitException("a thread failed: " + e);
        return results;
    }

    private static string[] Describe(TextNormalizer normalizer, string[] texts, byte[][] bytes) =>
        [.. texts.Select(t => DescribeOne(normalizer.NormalizeDocument(t))), .. bytes.Select(b => DescribeOne(normalizer.NormalizeDocument(b)))];

    /// <summary>Text, metadata and change counts of one result, as one comparable string.</summary>
    private static string DescribeOne(NormalizedDocument d)
    {
        var m = d.Metadata;
        var counts = string.Join(",", d.Changes.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        return $"{d.Text}\u0001{m.Title}|{m.Published}|{m.Source}|{m.OriginalTitle}|{string.Join("/", m.Authors)}|{string.Join("/", m.Editors)}\u0001{counts}\u0001{d.Changes.Items.Count}";
    }
}
