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

/// <summary>The fast two-group path against the plain segment-by-segment one, on every segmented preset.</summary>
public class SegmentationPathTests
{
    public static TheoryData<string> SegmentedPresets =>
        [.. TextNorm.Conversion.Engine.PresetDefinitions.All.Where(p => p.Segmentation is not null).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(SegmentedPresets))]
    public void The_fast_path_equals_the_plain_one(string preset)
    {
        var definition = TextNorm.Conversion.Engine.PresetDefinitions.Find(preset)!;
        var plain = new TextNorm.Conversion.Engine.ConversionChain(definition, plainSegmentation: true);
        var fast = new TextNorm.Conversion.Engine.ConversionChain(definition);
        var corpus = ConversionCorpus.Build(preset);
        Assert.Null(OpenCcReference.Describe(Run(plain, corpus), Run(fast, corpus)));
    }

    private static string Run(TextNorm.Conversion.Engine.ConversionChain chain, string text)
    {
        var buffer = new TextNorm.Conversion.Engine.CharBuffer(text.Length);
        try
        {
            chain.Convert(text, ref buffer);
            return new string(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
