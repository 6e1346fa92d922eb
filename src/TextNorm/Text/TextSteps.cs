using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>Builds the text-level steps (spec rules 2 and 4–9) in their fixed order.</summary>
/// <remarks>
/// Controls first (every later step may rely on <c>\n</c> line ends and no invisible characters); full-width letters
/// and digits before pinyin and punctuation, so <c>１,０００</c> is seen as digits; small form punctuation next, so the
/// later steps see one set of marks; pinyin before punctuation width,
/// so the annotations' ASCII parentheses are gone before parentheses widen as pairs; doubled punctuation after
/// widening, so it sees one set of marks; whitespace last, because widening and collapsing change which spaces touch
/// full-width punctuation.
/// </remarks>
internal static class TextSteps
{
    public static IEnumerable<ITextStep> CreateLineSteps(TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Lone surrogates are removed even with the controls fix off: no UTF-8 output can hold them.
        yield return new ControlCharacterStep(options.RemoveControlCharacters);
        if (options.NarrowFullWidthAlphanumerics) yield return new FullWidthAlphanumericStep();
        if (options.WidenSmallFormPunctuation) yield return new SmallFormPunctuationStep();
        if (options.RemovePinyinAnnotations) yield return new PinyinAnnotationStep();
        if (options.WidenPunctuation) yield return new PunctuationWidthStep();
        if (options.CollapseDoubledPunctuation) yield return new DoubledPunctuationStep();
        if (options.NormalizeWhitespace) yield return new WhitespaceStep();
    }
}
