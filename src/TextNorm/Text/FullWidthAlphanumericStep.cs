using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 6: full-width digits and Latin letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A) become ASCII.
/// Other full-width signs (<c>％</c>, <c>＋</c>, <c>（</c>…) stay: they are punctuation, handled by the punctuation rules.
/// Each run of narrowed characters is recorded once (<c>ＧＤＰ</c> → <c>GDP</c>).
/// </summary>
internal sealed class FullWidthAlphanumericStep : ITextStep
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    /// <summary>Full-width and ASCII forms are 0xFEE0 apart.</summary>
    private const int FullWidthOffset = 0xFEE0;

    public string Name => StepNames.FullWidth;

    public string Apply(string text, StepContext context)
    {
        var first = text.AsSpan().IndexOfAny(Triggers);
        if (first < 0) return text;

        return CharacterRuns.Replace(text, first, Triggers, static c => (char)(c - FullWidthOffset), ChangeKinds.FullWidthAlphanumeric, context);
    }
}
