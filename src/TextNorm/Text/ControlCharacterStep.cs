using System.Buffers;
using TextNorm.Pipeline;

namespace TextNorm.Text;

/// <summary>
/// Spec rule 4: <c>\r\n</c>, <c>\r</c>, LS and PS become <c>\n</c>; zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF), the soft hyphen and C0/C1 controls (NEL included) are removed, except <c>\n</c> and the whitespace controls
/// tab, vertical tab and form feed, which <see cref="WhitespaceStep"/> turns into spaces. A zero-width joiner inside an emoji sequence
/// (👨‍👩‍👧) is kept: there it is part of the character, not noise.
/// Lone surrogates (half of a UTF-16 pair, which no UTF-8 output can hold) are always removed, even when the rest
/// of the step is switched off, and recorded as <see cref="ChangeKinds.Unrecoverable"/>.
/// </summary>
internal sealed class ControlCharacterStep : ITextStep
{
    // Text without surrogates (most Chinese prose) is scanned with the small set, which vectorizes well; the set with the
    // 2,048 surrogates is used only when the text has some.
    private static readonly SearchValues<char> ControlsOnly = SearchValues.Create(BuildTriggers(includeControls: true, includeSurrogates: false));
    private static readonly SearchValues<char> ControlsAndSurrogates = SearchValues.Create(BuildTriggers(includeControls: true, includeSurrogates: true));
    private static readonly SearchValues<char> SurrogatesOnly = SearchValues.Create(BuildTriggers(includeControls: false, includeSurrogates: true));

    private readonly bool _removeControls;

    /// <param name="removeControls">False keeps line breaks and controls as they are and only removes lone surrogates.</param>
    public ControlCharacterStep(bool removeControls = true) => _removeControls = removeControls;

    public string Name => StepNames.Controls;

    public string Apply(string text, StepContext context)
    {
        var span = text.AsSpan();
        var hasSurrogates = span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        if (!hasSurrogates && !_removeControls) return text;
        var triggers = !_removeControls ? SurrogatesOnly : hasSurrogates ? ControlsAndSurrogates : ControlsOnly;
        var i = span.IndexOfAny(triggers);
        if (i < 0) return text;

        var rewriter = new TextRewriter(text);
        var lineBreaks = 0;
        try
        {
            while (i >= 0)
            {
                var c = text[i];
                var next = i + 1;
                if (char.IsHighSurrogate(c))
                {
                    if (next < text.Length && char.IsLowSurrogate(text[next])) next++;
                    else RemoveLoneSurrogate(ref rewriter, context, text, i);
                }
                else if (char.IsLowSurrogate(c))
                {
                    RemoveLoneSurrogate(ref rewriter, context, text, i);
                }
                else if (c == '\r')
                {
                    var length = next < text.Length && text[next] == '\n' ? 2 : 1;
                    rewriter.Replace(i, length, "\n");
                    next = i + length;
                    lineBreaks++;
                }
                else if (CharClass.ForeignLineBreaks.Contains(c))
                {
                    rewriter.Replace(i, '\n');
                    lineBreaks++;
                }
                else if (c != '\u200D' || !IsInsideEmojiSequence(span, i))
                {
                    rewriter.Remove(i, 1);
                    context.Changes.Record(ChangeKinds.ControlCharacter, i, span.Slice(i, 1), "");
                }

                var rest = next < span.Length ? span[next..].IndexOfAny(triggers) : -1;
                i = rest < 0 ? -1 : next + rest;
            }
            context.Changes.Count(ChangeKinds.LineBreak, lineBreaks);
            return rewriter.ToStringAndDispose();
        }
        finally
        {
            rewriter.Dispose();
        }
    }

    private static void RemoveLoneSurrogate(ref TextRewriter rewriter, StepContext context, string text, int index)
    {
        rewriter.Remove(index, 1);
        context.Changes.Record(ChangeKinds.Unrecoverable, index, $"\\u{(int)text[index]:X4}", "");
    }

    /// <summary>
    /// A ZWJ between an emoji (a pictograph of U+1F000–U+1FAFF, or one ended by VS16) and the next emoji or sign.
    /// Other astral characters (Han of Extension B and later) are not emoji: a ZWJ between them is noise.
    /// </summary>
    private static bool IsInsideEmojiSequence(ReadOnlySpan<char> text, int index)
    {
        if (index < 2 || index + 1 >= text.Length) return false;
        var before = text[index - 1];
        var after = text[index + 1];
        var emojiBefore = before == '\uFE0F'
            || char.IsLowSurrogate(before) && char.IsHighSurrogate(text[index - 2]) && IsAstralEmoji(char.ConvertToUtf32(text[index - 2], before));
        var emojiAfter = (after >= '\u2600' && after <= '\u27BF')
            || char.IsHighSurrogate(after) && index + 2 < text.Length && char.IsLowSurrogate(text[index + 2])
               && IsAstralEmoji(char.ConvertToUtf32(after, text[index + 2]));
        return emojiBefore && emojiAfter;
    }

    /// <summary>The supplementary-plane emoji blocks: pictographs, emoticons, transport, flags' regional indicators, skin tones.</summary>
    private static bool IsAstralEmoji(int codePoint) => codePoint is >= 0x1F000 and <= 0x1FAFF;

    private static string BuildTriggers(bool includeControls, bool includeSurrogates)
    {
        var chars = new List<char>();
        if (includeSurrogates)
            for (var c = '\uD800'; c <= '\uDFFF'; c++) chars.Add(c);
        if (!includeControls) return new string([.. chars]);
        for (var c = '\u0000'; c <= '\u001F'; c++)
            if (c is not ('\n' or '\t' or '\u000B' or '\u000C')) chars.Add(c);
        for (var c = '\u007F'; c <= '\u009F'; c++) chars.Add(c);
        chars.AddRange("\u00AD\u200B\u200C\u200D\u2060\uFEFF\u2028\u2029");
        return new string([.. chars]);
    }
}
