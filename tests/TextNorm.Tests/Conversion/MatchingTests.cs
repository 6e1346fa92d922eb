using System.Buffers;
using TextNorm.Conversion;
using TextNorm.Conversion.Engine;

namespace TextNorm.Tests.Conversion;

/// <summary>The matching itself, on a hand-made dictionary group and on well-known entries of the real presets.</summary>
public class MatchingTests
{
    // A: one character; AB and ABC: phrases; BC: a phrase that overlaps the end of AB.
    private static readonly DictionaryGroup Toy = new("toy",
    [
        new DictionaryEntries("chars", [new("甲", "1"), new("乙", "2"), new("丙", "3")]),
        new DictionaryEntries("phrases", [new("甲乙", "[甲乙]"), new("甲乙丙丁", "[甲乙丙丁]"), new("乙丙", "[乙丙]"), new("甲", "not me")]),
    ]);

    private static string ConvertToy(string text)
    {
        var buffer = new CharBuffer(4);
        try
        {
            Toy.Convert(text, ref buffer);
            return new string(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Theory]
    [InlineData("甲", "1")]                   // the single character
    [InlineData("甲乙", "[甲乙]")]            // the phrase beats its first character
    [InlineData("甲乙丙", "[甲乙]3")]         // longest match at 甲 is 甲乙 (甲乙丙丁 is incomplete); 乙丙 never gets a chance
    [InlineData("甲乙丙丁", "[甲乙丙丁]")]    // the longest key wins
    [InlineData("乙丙甲", "[乙丙]1")]
    [InlineData("丁甲乙丙丁戊", "丁[甲乙丙丁]戊")]
    public void The_longest_match_at_each_position_wins(string input, string expected) =>
        Assert.Equal(expected, ConvertToy(input));

    // Unchanged characters are written as runs when a change or the end comes (DictionaryGroup.Convert): runs of
    // every length around changes, a value longer than its key after a long pending run (the buffer grows then), and a
    // phrase that maps to itself.
    private static readonly DictionaryGroup Growing = new("growing",
    [
        new DictionaryEntries("chars", [new("甲", "一二三四五六七八九十"), new("乙", "乙")]),
        new DictionaryEntries("phrases", [new("丙丁", "丙丁"), new("丙戊", "戊丙")]),
    ]);

    private static string Convert(DictionaryGroup group, string text, int capacity)
    {
        var buffer = new CharBuffer(capacity);
        try
        {
            buffer.Append("<");
            group.Convert(text, ref buffer);
            return new string(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Theory]
    [InlineData("", "<")]
    [InlineData("子", "<子")]
    [InlineData("子丑寅卯辰巳午未申酉戌亥", "<子丑寅卯辰巳午未申酉戌亥")]   // nothing changes: one run to the end
    [InlineData("乙丙丁乙", "<乙丙丁乙")]                                     // a key and a phrase that map to themselves
    [InlineData("子丑寅卯辰巳午未申酉戌亥甲", "<子丑寅卯辰巳午未申酉戌亥一二三四五六七八九十")] // a long run, then growth
    [InlineData("甲子甲", "<一二三四五六七八九十子一二三四五六七八九十")]
    [InlineData("子丑寅卯辰巳午未申丙戊酉戌亥", "<子丑寅卯辰巳午未申戊丙酉戌亥")] // a long run, then a changed phrase
    [InlineData("子丙戊丑", "<子戊丙丑")]                                     // short runs
    [InlineData("丙丁丙戊丙", "<丙丁戊丙丙")]
    public void Unchanged_runs_are_written_around_the_changes(string input, string expected)
    {
        Assert.Equal(expected, Convert(Growing, input, capacity: 1));
        Assert.Equal(expected, Convert(Growing, input, capacity: 256));
    }

    [Fact]
    public void On_an_identical_key_the_first_dictionary_of_the_group_wins() =>
        Assert.Equal("1", ConvertToy("甲"));

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        var t2s = OpenCcConverter.FromPreset("t2s");
        var empty = "";
        Assert.Same(empty, t2s.Convert(empty));
        Assert.True(t2s.TryConvert([], [], out var written));
        Assert.Equal(0, written);
        var writer = new ArrayBufferWriter<char>();
        t2s.Convert(ReadOnlySpan<char>.Empty, writer);
        Assert.Equal(0, writer.WrittenCount);
        Assert.Equal("", ConvertToy(""));
    }

    [Theory]
    [InlineData("乾", "干")]              // TSCharacters: 乾 → 干 乾, the first candidate wins
    [InlineData("乾坤", "乾坤")]          // TSPhrases keeps 乾 in 乾坤
    [InlineData("乾乾淨淨", "干干净净")]
    [InlineData("台灣的資訊軟體", "台湾的资讯软体")] // characters only: no phrase localization
    public void T2s_uses_phrases_first_then_characters(string input, string expected) =>
        Assert.Equal(expected, OpenCcConverter.FromPreset("t2s").Convert(input));

    [Theory]
    [InlineData("隨著時間推移", "随着时间推移")]  // TWVariantsRev: 著 → 着
    [InlineData("成果顯著", "成果显著")]          // TWVariantsRevPhrases keeps 顯著
    [InlineData("著作", "著作")]
    public void Tw2s_knows_the_taiwanese_particle(string input, string expected) =>
        Assert.Equal(expected, OpenCcConverter.FromPreset("tw2s").Convert(input));

    [Fact]
    public void Lone_surrogates_pass_through()
    {
        var t2s = OpenCcConverter.FromPreset("t2s");
        Assert.Equal("\uD800台\uDC00湾\uDBFF", t2s.Convert("\uD800臺\uDC00灣\uDBFF"));
        Assert.Equal("\uDC00\uD800", t2s.Convert("\uDC00\uD800"));
        Assert.Equal("a\uD800", OpenCcConverter.FromPreset("tw2s").Convert("a\uD800"));
    }

    [Fact]
    public void Characters_outside_the_BMP_are_matched_whole()
    {
        var t2s = OpenCcConverter.FromPreset("t2s");
        Assert.Equal("𠀾", t2s.Convert("𠁞"));                  // TSCharacters: U+2005E → U+2003E
        Assert.Equal("台𠀾湾😀", t2s.Convert("臺𠁞灣😀"));
        Assert.Equal("😀", t2s.Convert("😀"));
    }

    [Fact]
    public void Compatibility_ideographs_are_normalized_first()
    {
        // CJK_Compatibility_Ideographs: U+F900 → U+8C48 豈, which t2s then simplifies (TSCharacters: 豈 → 岂).
        Assert.Equal("\u8C48", OpenCcConverter.FromPreset("t2tw").Convert("\uF900"));
        Assert.Equal("岂", OpenCcConverter.FromPreset("t2s").Convert("\uF900"));
    }

    [Fact]
    public void An_ideographic_description_sequence_is_copied_whole() =>
        // OpenCC 1.4.2 skips a description sequence as one unit: 會 inside it stays, 會 outside becomes 会.
        Assert.Equal("⿰糹會会", OpenCcConverter.FromPreset("t2s").Convert("⿰糹會會"));

    [Fact]
    public void Unchanged_text_returns_the_same_instance()
    {
        var simplified = "这是简体中文，English 123。";
        Assert.Same(simplified, OpenCcConverter.FromPreset("t2s").Convert(simplified));
        var ascii = new string('a', 1000);
        Assert.Same(ascii, OpenCcConverter.FromPreset("tw2s").Convert(ascii));
    }

    [Fact]
    public void Feeding_line_pieces_gives_the_same_result_as_the_whole()
    {
        // 乾乾淨淨 is a phrase; split across a line break it is two lines, each converted alone, in both cases.
        var text = "很乾乾淨淨的房間\n乾乾\n淨淨\n隨著";
        foreach (var preset in new[] { "t2s", "tw2s" })
        {
            var converter = OpenCcConverter.FromPreset(preset);
            var writer = new ArrayBufferWriter<char>();
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                converter.Convert(lines[i], writer);
                if (i < lines.Length - 1) converter.Convert("\n", writer);
            }
            Assert.Equal(converter.Convert(text), new string(writer.WrittenSpan));
        }
        Assert.Equal("很干干净净的房间\n干干\n净净\n随着", OpenCcConverter.FromPreset("tw2s").Convert(text));
    }

    [Fact]
    public void TryConvert_reports_a_destination_that_is_too_small()
    {
        var t2s = OpenCcConverter.FromPreset("t2s");
        Assert.False(t2s.TryConvert("臺灣", new char[1], out _));
        Assert.False(t2s.TryConvert("abc", new char[2], out _));
        var destination = new char[4];
        Assert.True(t2s.TryConvert("臺灣", destination, out var written));
        Assert.Equal("台湾", new string(destination, 0, written));
    }

    [Fact]
    public void The_buffer_writer_overload_appends()
    {
        var writer = new ArrayBufferWriter<char>(1);
        var t2s = OpenCcConverter.FromPreset("t2s");
        t2s.Convert("前言。", writer);
        t2s.Convert(new string('體', 100_000), writer);
        Assert.Equal("前言。" + new string('体', 100_000), new string(writer.WrittenSpan));
    }

    [Fact]
    public void Presets_are_cached_and_unknown_ones_rejected()
    {
        Assert.Same(OpenCcConverter.FromPreset("tw2s"), OpenCcConverter.FromPreset("tw2s"));
        Assert.Contains("hk2s", OpenCcConverter.Presets);
        var error = Assert.Throws<ArgumentException>(() => OpenCcConverter.FromPreset("x2y"));
        Assert.Contains("t2s", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OpenCcConverter.FromPreset(null!));
    }

    [Fact]
    public void Conversion_is_thread_safe()
    {
        var text = string.Concat(Enumerable.Repeat("隨著時間推移，這篇論文的成果顯著。\n", 2000));
        var expected = OpenCcConverter.FromPreset("tw2s").Convert(text);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = OpenCcConverter.FromPreset("tw2s").Convert(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_flood_of_description_characters_stays_linear_and_unchanged()
    {
        var flood = new string('⿰', 200_000);
        Assert.Same(flood, OpenCcConverter.FromPreset("t2s").Convert(flood));
    }
}
