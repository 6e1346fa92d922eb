using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class PinyinSyllablesTests
{
    [Theory]
    [InlineData("shè")]
    [InlineData("jīng")]
    [InlineData("lian")]
    [InlineData("guo")]
    [InlineData("zhōngguó")]
    [InlineData("zhuàng")]
    [InlineData("chuang")]
    [InlineData("xiong")]
    [InlineData("nǚ")]
    [InlineData("lüe")]
    [InlineData("lve")]
    [InlineData("er")]
    [InlineData("ér")]
    [InlineData("ā")]
    [InlineData("yīng")]
    [InlineData("xī'ān")]
    [InlineData("xi’an")]
    [InlineData("zhong1guo2")]
    [InlineData("ni3 hao3")]
    [InlineData("ḿ")]
    [InlineData("hang")]
    [InlineData("she")]
    [InlineData("hňg")]
    [InlineData(" shè ")] // spaces the whitespace step would remove
    [InlineData("shè  jì")]
    [InlineData("zhōng\u00A0guó")]
    public void Accepts_readings(string content) => Assert.True(PinyinSyllables.IsAnnotation(content));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("e")]
    [InlineData("o")]
    [InlineData("n")]
    [InlineData("hm")] // toneless interjection syllables are too often labels or units
    [InlineData("GDP")]
    [InlineData("Li")]
    [InlineData("2019")]
    [InlineData("1")]
    [InlineData("陳健翔")]
    [InlineData("see")]
    [InlineData("and")]
    [InlineData("the")]
    [InlineData("change")]
    [InlineData("abc")]
    [InlineData("zhx")]
    [InlineData("jiü")]
    [InlineData("shuāí")]
    [InlineData("a, b")]
    [InlineData(" ")]
    [InlineData("shè ''jì")]
    public void Rejects_other_content(string content) => Assert.False(PinyinSyllables.IsAnnotation(content));

    [Fact]
    public void Rejects_overlong_content()
    {
        Assert.False(PinyinSyllables.IsAnnotation(string.Concat(Enumerable.Repeat("ma", 40))));
    }
}
