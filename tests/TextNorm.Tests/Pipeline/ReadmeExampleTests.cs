using TextNorm.Boilerplate;
using TextNorm.Conversion;
using TextNorm.Decoding;

namespace TextNorm.Tests.Pipeline;

/// <summary>The options example of README.md compiles and does what it says.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Options_example_from_the_readme_works()
    {
        var options = TextNormalizerOptions.Default with
        {
            Decoding = DecodingOptions.ForEncoding("gb18030"),
            Conversion = new ConversionOptions { Mode = ScriptConversionMode.Fixed, Preset = "hk2s" },
            Text = TextNorm.Text.TextOptions.Default with { CollapseDoubledPunctuation = false },
            Boilerplate = BoilerplateOptions.Default with
            {
                Rules = [new BoilerplateRule("site-slogan", "让新闻离你更近", BoilerplateMatch.Contains, BoilerplateZones.Edges)],
            },
            MaxRecordedChanges = 100,
        };
        var normalizer = new TextNormalizer(options);
        var page = "让新闻离你更近 本地新闻网\n今天，，天氣很好，大家都出門了。\n";
        var bytes = System.Text.Encoding.GetEncoding("gb18030").GetBytes(page);

        var doc = normalizer.NormalizeDocument(bytes);

        // The user rule removes the slogan line, hk2s converts, and doubled commas stay because that fix is off.
        Assert.Equal("今天，，天气很好，大家都出门了。\n", doc.Text);
        Assert.Equal(1, doc.Changes.Count("site-slogan"));
    }
}
