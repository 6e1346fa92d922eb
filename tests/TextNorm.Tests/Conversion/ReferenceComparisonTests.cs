using TextNorm.Conversion;

namespace TextNorm.Tests.Conversion;

/// <summary>
/// Byte-for-byte comparison with OpenCC itself, on a corpus that exercises every dictionary entry the preset uses
/// (<see cref="ConversionCorpus"/>). The reference installs itself on first use (npm, apt-get).
/// </summary>
public class ReferenceComparisonTests
{
    public static TheoryData<string> AllPresets => [.. OpenCcConverter.Presets];

    [Theory]
    [MemberData(nameof(AllPresets))]
    public void Output_equals_opencc_js_1_4_2(string preset)
    {
        var corpus = ConversionCorpus.Build(preset);
        var expected = OpenCcReference.Convert(corpus, preset);
        Assert.NotEqual(corpus, expected); // the corpus does exercise the dictionaries
        var actual = OpenCcConverter.FromPreset(preset).Convert(corpus);
        var difference = OpenCcReference.Describe(expected, actual);
        Assert.True(difference is null, $"{preset}: {difference}");
    }

    [Fact]
    public void T2s_output_equals_the_cpp_opencc_command_line_tool()
    {
        var corpus = ConversionCorpus.Build("t2s", forCpp: true);
        var expected = OpenCcReference.Convert(corpus, "--cpp", "t2s");
        Assert.NotEqual(corpus, expected);
        var actual = OpenCcConverter.FromPreset("t2s").Convert(corpus);
        var difference = OpenCcReference.Describe(expected, actual);
        Assert.True(difference is null, $"t2s vs C++ OpenCC: {difference}");
    }

    [Theory]
    [MemberData(nameof(AllPresets))]
    public void Converting_line_by_line_gives_the_same_bytes_as_the_whole(string preset)
    {
        var corpus = ConversionCorpus.Build(preset);
        var converter = OpenCcConverter.FromPreset(preset);
        var writer = new System.Buffers.ArrayBufferWriter<char>();
        foreach (var line in corpus.Split('\n'))
        {
            converter.Convert(line, writer);
            System.Buffers.BuffersExtensions.Write(writer, "\n".AsSpan());
        }
        var whole = converter.Convert(corpus) + "\n";
        Assert.Null(OpenCcReference.Describe(whole, new string(writer.WrittenSpan)));
    }
}
