namespace TextNorm.Tests.Pipeline;

public class TextNormalizerTests
{
    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Equal("", new TextNormalizer().Normalize(""));
        Assert.Equal("", new TextNormalizer().Normalize(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Output_ends_with_exactly_one_newline()
    {
        Assert.Equal("只有一行\n", new TextNormalizer().Normalize("只有一行"));
        Assert.Equal("只有一行\n", new TextNormalizer().Normalize("只有一行\n\n\n"));
    }

    [Fact]
    public void Null_text_is_rejected_with_a_clear_error()
    {
        Assert.Throws<ArgumentNullException>(() => new TextNormalizer().Normalize((string)null!));
    }

    [Fact]
    public void Byte_order_marks_select_the_encoding()
    {
        var n = new TextNormalizer();
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF, .. "第一段"u8];
        byte[] utf16le = [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("第一段")];
        byte[] utf16be = [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes("第一段")];
        Assert.Equal("第一段\n", n.Normalize(utf8Bom));
        Assert.Equal("第一段\n", n.Normalize(utf16le));
        Assert.Equal("第一段\n", n.Normalize(utf16be));
    }
}
