using System.Text;
using TextNorm.Decoding;

namespace TextNorm.Tests.Decoding;

internal static class TestEncodings
{
    public static Encoding Gb18030 { get; } = ChineseTextDecoder.GetEncoding("gb18030");
    public static Encoding Big5 { get; } = ChineseTextDecoder.GetEncoding("big5");
}
