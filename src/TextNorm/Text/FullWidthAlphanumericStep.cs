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

        return string.Create(text.Length, (text, first, context), static (output, state) =>
        {
            var (source, i, ctx) = state;
            source.AsSpan().CopyTo(output);
            while (i >= 0)
            {
                var runEnd = i;
                while (runEnd < output.Length && Triggers.Contains(output[runEnd]))
                {
                    output[runEnd] = (char)(output[runEnd] - FullWidthOffset);
                    runEnd++;
                }
                ctx.Changes.Record(ChangeKinds.FullWidthAlphanumeric, i, source.AsSpan(i, runEnd - i), output[i..runEnd]);
                var rest = output[runEnd..].IndexOfAny(Triggers);
                i = rest < 0 ? -1 : runEnd + rest;
            }
        });
    }
}
