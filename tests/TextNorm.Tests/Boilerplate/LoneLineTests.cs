using TextNorm.Boilerplate;
using TextNorm.Pipeline;

namespace TextNorm.Tests.Boilerplate;

/// <summary>A document that is one short line must not vanish because the line reads like a role label.</summary>
public class LoneLineTests
{
    [Theory]
    [InlineData("设计")]
    [InlineData("编辑")]
    [InlineData("记者")]
    [InlineData("设计\n")]
    public void A_lone_bare_word_is_kept(string input) =>
        Assert.Equal(input.TrimEnd('\n') + "\n", new TextNormalizer().Normalize(input));

    [Fact]
    public void A_lone_role_line_with_a_name_still_goes_to_metadata()
    {
        var document = new TextNormalizer().NormalizeDocument("责任编辑：张三\n");
        Assert.Equal("", document.Text);
        Assert.Equal(["张三"], document.Metadata.Editors);
    }

    [Fact]
    public void A_bare_role_word_above_an_article_is_still_removed()
    {
        var step = new BoilerplateStep(BoilerplateOptions.Default);
        var context = new StepContext(new ChangeLog(10));
        var text = step.Apply("编辑\n今天天气很好，我们一起去公园散步，看到了很多盛开的花。\n", context);
        Assert.Equal("今天天气很好，我们一起去公园散步，看到了很多盛开的花。\n", text);
    }
}

/// <summary>
/// Issue 8 (fuzz finding): a byline left alone once an empty source credit went. The first normalization kept it (the
/// round that removed the source learnt no fact, so emptying the document looked like losing it for nothing); the second
/// took the byline as an author and emptied the document. The rounds of one normalization now do what a second would.
/// </summary>
public class ExposedCreditTests
{
    [Theory]
    [InlineData("（来槐；）（来源：）")]
    [InlineData("(来槐;)(来源:)")]
    [InlineData("（来槐；）（来源：）\n（来槐；）（来源：）\n")]
    public void A_credit_exposed_by_a_removal_goes_in_the_same_normalization(string input)
    {
        var normalizer = new TextNormalizer();
        var once = normalizer.NormalizeDocument(input);
        Assert.Equal(once.Text, normalizer.Normalize(once.Text));
        Assert.Equal("", once.Text);
        Assert.Equal(["来槐"], once.Metadata.Authors);
    }

    [Fact]
    public void The_first_rounds_facts_stay_and_a_later_round_only_fills_gaps()
    {
        var document = new TextNormalizer().NormalizeDocument("责任编辑：张三\n（记者李四）（来源：）\n");
        Assert.Equal(["张三"], document.Metadata.Editors);
        Assert.Equal(document.Text, new TextNormalizer().Normalize(document.Text));
    }
}

/// <summary>Issue 8 (fuzz finding): credits stacked so that each removal exposes the next settle in one normalization.</summary>
public class StackedCreditTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(200)]
    public void A_stack_of_credits_settles_in_one_normalization(int lines)
    {
        var input = "今天天气很好。\n" + string.Concat(Enumerable.Repeat("（来槐；）（来懐；\n", lines));
        var normalizer = new TextNormalizer();
        var once = normalizer.Normalize(input);
        Assert.Equal(once, normalizer.Normalize(once));
        Assert.StartsWith("今天天气很好。", once, StringComparison.Ordinal);
    }
}
