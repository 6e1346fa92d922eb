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
