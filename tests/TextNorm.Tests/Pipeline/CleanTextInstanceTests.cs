using System.Reflection;
using TextNorm.Pipeline;
using TextNorm.Tests.Reliability;

namespace TextNorm.Tests.Pipeline;

/// <summary>
/// Issue 7: text that needs no change costs only a scan — every step hands back its input instance (no copy), and so
/// does the whole normalizer. The normalizer's own output is such text (it is idempotent).
/// </summary>
public class CleanTextInstanceTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static ITextStep[] Steps() =>
        (ITextStep[])typeof(TextNormalizer).GetField("_steps", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(Normalizer)!;

    public static TheoryData<string> ArticleNames() => [.. TestCorpus.Articles.Select(a => a.Name).Where(n => n.StartsWith("seed ", StringComparison.Ordinal) || n.StartsWith("gold ", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void Every_step_returns_clean_text_as_the_same_instance(string name)
    {
        var clean = Normalizer.Normalize(TestCorpus.Articles.First(a => a.Name == name).Text);
        foreach (var step in Steps())
        {
            var result = step.Apply(clean, new StepContext(new ChangeLog(10)));
            Assert.True(ReferenceEquals(clean, result), $"step {step.Name} copied text it did not change ({name})");
        }
        Assert.Same(clean, Normalizer.Normalize(clean));
    }
}
