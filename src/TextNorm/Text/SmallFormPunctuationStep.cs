using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Small form variants (U+FE50–U+FE6B: <c>﹐﹑﹔﹕﹖﹗﹙﹚</c>…), which Big5-era Hong Kong and Taiwan text still carries, become
/// the full-width marks they stand for (<c>，、；：？！（）</c>…), so the punctuation rules after this step see one
/// set of marks. The spec is silent on them; a careful editor would do this. <c>﹒</c> (small full stop) stays: it
/// stands for <c>.</c> as often as for <c>。</c>. Each run of mapped characters is recorded once.
/// </summary>
internal sealed class SmallFormPunctuationStep : ITextStep
{
    private const char First = '\uFE50';

    // Indexed from U+FE50; '\0' where a code point is unassigned or stays (﹒ U+FE52, U+FE53, U+FE67).
    private const string FullWidth = "，、\0\0；：？！—（）｛｝〔〕＃＆＊＋－＜＞＝\0＼＄％＠";

    private static readonly SearchValues<char> Triggers = SearchValues.Create("﹐﹑﹔﹕﹖﹗﹘﹙﹚﹛﹜﹝﹞﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫");

    public string Name => StepNames.SmallForms;

    /// <summary>The full-width mark for a small form, or <c>'\0'</c> when <paramref name="c"/> is not one that changes.</summary>
    public static char FullWidthOf(char c) => c is >= First and <= '\uFE6B' ? FullWidth[c - First] : '\0';

    public string Apply(string text, StepContext context)
    {
        // One vectorized range scan over the whole block (a few code points in it stay), then the exact set.
        var first = text.AsSpan().IndexOfAnyInRange(First, '\uFE6B');
        if (first < 0) return text;
        var inSet = text.AsSpan(first).IndexOfAny(Triggers);
        if (inSet < 0) return text;
        first += inSet;

        return CharacterRuns.Replace(text, first, Triggers, FullWidthOf, ChangeKinds.SmallFormPunctuation, context);
    }
}
