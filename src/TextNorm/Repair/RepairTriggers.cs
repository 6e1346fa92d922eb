using System.Buffers;
using TextNorm.Decoding;

namespace TextNorm.Repair;

/// <summary>
/// The characters that make a span worth a closer look, as one <see cref="SearchValues{T}"/> so that clean text is
/// scanned at vector speed: less common and rare Han characters, GBK symbol rows (kana, Greek, Cyrillic, pinyin
/// letters, box drawing), bopomofo, private use, U+FFFD and Latin-1 characters.
/// </summary>
internal static class RepairTriggers
{
    private static readonly Lazy<SearchValues<char>> SuspiciousLazy =
        new(() => SearchValues.Create(ChineseCharTable.CharsOfKindAtLeast(CharKind.LessCommonHan)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>See the class remarks.</summary>
    public static SearchValues<char> Suspicious => SuspiciousLazy.Value;

    public static bool IsSuspicious(char c) => c >= 0x80 && ChineseCharTable.ClassOf(c) >= CharKind.LessCommonHan;

    /// <summary>Characters that damage leaves behind and that are removed when nothing better can be made of them.</summary>
    public static bool IsDebris(char c) => c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF';
}
