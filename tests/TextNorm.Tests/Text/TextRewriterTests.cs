using TextNorm.Text;

namespace TextNorm.Tests.Text;

public class TextRewriterTests
{
    [Fact]
    public void Without_edits_returns_the_source_instance()
    {
        var source = "不变";
        var rewriter = new TextRewriter(source);
        Assert.Same(source, rewriter.ToStringAndDispose());
    }

    [Fact]
    public void Applies_edits_in_order_and_grows_its_buffer()
    {
        var rewriter = new TextRewriter("abcdef");
        rewriter.Replace(1, 1, "XYZ");
        Assert.Equal('Z', rewriter.OutputBefore(2));
        Assert.Equal('c', rewriter.OutputBefore(3));
        rewriter.Remove(3, 2);
        rewriter.Replace(6, 0, new string('!', 100));
        Assert.Equal("aXYZc" + "f" + new string('!', 100), rewriter.ToStringAndDispose());
    }

    [Fact]
    public void Rejects_edits_out_of_order()
    {
        var rewriter = new TextRewriter("abcdef");
        rewriter.Remove(3, 1);
        try
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => { var r = rewriter; r.Remove(1, 1); });
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    [Fact]
    public void Output_before_the_start_is_nul()
    {
        var rewriter = new TextRewriter("ab");
        rewriter.Remove(0, 1);
        Assert.Equal('\0', rewriter.OutputBefore(1));
        Assert.Equal("b", rewriter.ToStringAndDispose());
    }
}
