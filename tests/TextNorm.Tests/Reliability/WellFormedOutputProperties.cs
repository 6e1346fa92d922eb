using CsCheck;

namespace TextNorm.Tests.Reliability;

/// <summary>
/// Issue 8: <c>Normalize</c> never throws on any string or byte sequence, and its output is always well-formed
/// (no lone surrogates, no control characters but <c>\n</c>, no U+FFFD, no zero-width characters, one final
/// <c>\n</c> unless empty, no blank lines, no leading, trailing or doubled spaces).
/// </summary>
public class WellFormedOutputProperties
{
    [Theory]
    [MemberData(nameof(PropertySettings.Variants), MemberType = typeof(PropertySettings))]
    public void Any_text_gives_well_formed_output(string variant)
    {
        var normalizer = PropertySettings.Get(variant);
        TextGen.Document.Sample(text => OutputShape.AssertWellFormed(normalizer.Normalize(text), text, variant == "no-repair"),
            iter: PropertySettings.Iterations(2000), print: TextGen.Show);
    }

    [Theory]
    [MemberData(nameof(PropertySettings.Variants), MemberType = typeof(PropertySettings))]
    public void Any_bytes_give_well_formed_output(string variant)
    {
        var normalizer = PropertySettings.Get(variant);
        TextGen.Bytes.Sample(bytes => OutputShape.AssertWellFormed(normalizer.Normalize(bytes), TextGen.Show(bytes), variant == "no-repair"),
            iter: PropertySettings.Iterations(2000), print: TextGen.Show);
    }

    [Fact]
    public void Arbitrary_code_units_give_well_formed_output()
    {
        // No bias at all: every UTF-16 code unit is as likely as any other.
        Gen.Char.Array[0, 300].Select(a => new string(a)).Sample(
            text => OutputShape.AssertWellFormed(PropertySettings.Default.Normalize(text), text),
            iter: PropertySettings.Iterations(2000), print: TextGen.Show);
    }

    [Fact]
    public void Metadata_values_are_clean_single_line_text()
    {
        TextGen.Document.Sample(text =>
        {
            var m = PropertySettings.Default.NormalizeDocument(text).Metadata;
            foreach (var value in new[] { m.Title, m.Published, m.Source, m.OriginalTitle }.Concat(m.Authors).Concat(m.Editors))
            {
                if (value is null) continue;
                Assert.False(value.Length == 0, $"empty metadata value for {TextGen.Show(text)}");
                var problem = OutputShape.Problem(value + "\n");
                Assert.True(problem is null && !value.Contains('\n'), $"metadata value {TextGen.Show(value)}: {problem ?? "holds a line break"}\ninput: {TextGen.Show(text)}");
            }
        }, iter: PropertySettings.Iterations(1000), print: TextGen.Show);
    }

    [Fact]
    public void Body_paragraphs_of_plain_Han_prose_are_never_dropped()
    {
        // No silent loss: paragraphs of ordinary prose (common words, commas, a final full stop) keep every Han character.
        // (Random rare characters are not used: some sequences of them are real mojibake, which repair rightly changes.)
        var paragraph = Gen.OneOf(TextGen.ProsePhrases).Array[6, 20].Select(ps => string.Join("，", ps) + "。");
        paragraph.Array[1, 6].Select(ps => string.Join("\n", ps)).Sample(text =>
        {
            var output = PropertySettings.Default.Normalize(text);
            Assert.True(CountHan(output) == CountHan(text), $"Han characters lost: {CountHan(text)} in, {CountHan(output)} out\ninput:  {TextGen.Show(text)}\noutput: {TextGen.Show(output)}");
        }, iter: PropertySettings.Iterations(500), print: TextGen.Show);
    }

    /// <summary>Han code points, supplementary ones included (OpenCC maps some characters into Extension B and later).</summary>
    private static int CountHan(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])) continue;
            if (global::TextNorm.Text.CharClass.IsHanAt(s, i)) n++;
        }
        return n;
    }

    [Fact]
    public void Null_text_is_a_clear_argument_error_not_a_crash()
    {
        Assert.Throws<ArgumentNullException>(() => PropertySettings.Default.Normalize((string)null!));
        Assert.Throws<ArgumentNullException>(() => PropertySettings.Default.NormalizeDocument((string)null!));
    }
}
