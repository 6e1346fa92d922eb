using System.Buffers;
using System.Text;
using TextNorm.Conversion;

namespace TextNorm.Tests.Conversion;

/// <summary>
/// Random input (lone and paired surrogates, description characters, compatibility ideographs, phrases cut in
/// pieces, line breaks): no crash, and every overload gives the same text.
/// </summary>
public class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "臺", "灣", "乾", "乾坤", "乾乾淨淨", "隨著", "顯著", "著", "軟體", "资讯", "这", "的", "一", "\n", "\n", " ", "a", "1", "。",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "𠁞", "😀", "\uF900", "\uFA0E", "⿰", "⿲", "⿱艹", "巨集", "宏", "著作", "么麼", "\u0000",
    ];

    public static TheoryData<string> PresetNames => [.. OpenCcConverter.Presets];

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_overload_agrees_on_random_input(string preset)
    {
        var converter = OpenCcConverter.FromPreset(preset);
        var random = new Random(preset.GetHashCode(StringComparison.Ordinal) ^ 12345);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            var text = sb.ToString();

            var viaString = converter.Convert(text);
            Assert.Equal(viaString, converter.Convert(text.AsSpan()));

            var writer = new ArrayBufferWriter<char>(1);
            converter.Convert(text, writer);
            Assert.Equal(viaString, new string(writer.WrittenSpan));

            var destination = new char[text.Length * 2 + 8];
            Assert.True(converter.TryConvert(text, destination, out var written));
            Assert.Equal(viaString, new string(destination, 0, written));

            if (!text.Any(c => c is >= '\u2FF0' and <= '\u2FFF'))
            {
                // Without description sequences (which may run on past a line break), lines convert independently.
                var byLine = string.Join('\n', text.Split('\n').Select(converter.Convert));
                Assert.Equal(viaString, byLine);
            }
        }
    }
}
