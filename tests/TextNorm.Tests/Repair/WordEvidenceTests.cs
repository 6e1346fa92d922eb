using TextNorm.Repair;

namespace TextNorm.Tests.Repair;

/// <summary>
/// Issue 5: a character whose lead byte was lost is guessed with word-level evidence (<see cref="CommonWords"/>), in
/// either script, while a lost punctuation mark stays a punctuation mark.
/// </summary>
public class WordEvidenceTests
{
    [Fact]
    public void The_word_list_knows_common_words_in_both_scripts()
    {
        Assert.True(CommonWords.Frequency('容', '量') > 10 * CommonWords.Frequency('份', '量'));
        Assert.True(CommonWords.Frequency('份', '量') > 0);
        Assert.Equal(0, CommonWords.Frequency('演', '量'));
        Assert.True(CommonWords.Frequency('经', '济') > 1000);
        Assert.Equal(CommonWords.Frequency('经', '济'), CommonWords.Frequency('經', '濟'));
        Assert.Equal(0, CommonWords.Frequency('a', 'b'));
    }

    [Fact]
    public void Every_word_of_the_embedded_list_is_found_and_nothing_else()
    {
        // The embedded table: count, keys (first << 16 | second, ascending), frequencies. The lookup indexes it by first
        // character; every key must come back with its own frequency, and its neighbours in key order must not.
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream("TextNorm.Words.CommonWords.bin")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes);
        Assert.True(count > 100_000);
        var keys = new HashSet<uint>();
        for (var i = 0; i < count; i++)
        {
            var key = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 + i * 4));
            int frequency = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4 + count * 4 + i * 2));
            keys.Add(key);
            Assert.Equal(frequency, CommonWords.Frequency((char)(key >> 16), (char)key));
        }
        foreach (var key in keys)
        {
            foreach (var other in new[] { key + 1, key - 1, key ^ 0x10000 })
                if (!keys.Contains(other)) Assert.Equal(0, CommonWords.Frequency((char)(other >> 16), (char)other));
        }
        Assert.Equal(0, CommonWords.Frequency('\uFFFF', '\uFFFF'));
        Assert.Equal(0, CommonWords.Frequency('\0', '\0'));
    }

    // (clean line, index of the character whose lead byte is lost): a digit or ASCII letter later re-aligns the bytes.
    [Theory]
    [InlineData("這款手機的電池容量達到5000毫安。", 7)]
    [InlineData("水庫的總容量達到3億立方米。", 4)]
    [InlineData("今年經濟增長達到6.5%左右。", 2)]
    [InlineData("國內生產總值增長7%。", 2)]
    public void A_character_whose_lead_byte_was_lost_is_recovered_from_the_word_it_forms(string clean, int lost)
    {
        var damage = DamageGenerator.GbkShiftAt(clean, lost)!.Value;
        Assert.NotEqual(clean, damage.Damaged);
        Assert.Equal(clean, MojibakeRepairer.Repair(damage.Damaged));
    }

    [Fact]
    public void Words_do_not_turn_a_lost_full_stop_into_a_character()
    {
        // 難保 is a word, but before an opening quote the lost character is far more likely the full stop.
        var damage = DamageGenerator.GbkShiftAt("工作很困難。“沖鋒號”已經吹響，全縣上下1000人", 5)!.Value;
        Assert.Equal("工作很困難。“沖鋒號”已經吹響，全縣上下1000人", MojibakeRepairer.Repair(damage.Damaged));
    }

    [Theory]
    [InlineData("電池容量達到五千毫安。")]
    [InlineData("份量不多，容量很大。")]
    public void Clean_text_with_those_words_is_left_alone(string clean) => Assert.Same(clean, MojibakeRepairer.Repair(clean));
}
