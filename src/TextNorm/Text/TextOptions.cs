namespace TextNorm.Text;

/// <summary>The character-level fixes of spec rules 4–9. Each can be switched off on its own.</summary>
public sealed record TextOptions
{
    /// <summary>Every fix on.</summary>
    public static TextOptions Default { get; } = new();

    /// <summary>
    /// Remove control, zero-width and soft-hyphen characters; unify line breaks (rule 4). Lone surrogates are removed
    /// even when this is off: no UTF-8 output can hold them.
    /// </summary>
    public bool RemoveControlCharacters { get; init; } = true;

    /// <summary>Narrow full-width ASCII letters and digits (rule 6).</summary>
    public bool NarrowFullWidthAlphanumerics { get; init; } = true;

    /// <summary>Turn small form punctuation (<c>﹐﹕﹙﹚</c>, U+FE50–U+FE6B) into the full-width marks (<c>，：（）</c>).</summary>
    public bool WidenSmallFormPunctuation { get; init; } = true;

    /// <summary>Remove pinyin annotations after Han characters (rule 9).</summary>
    public bool RemovePinyinAnnotations { get; init; } = true;

    /// <summary>Widen half-width punctuation in Chinese context (rule 7).</summary>
    public bool WidenPunctuation { get; init; } = true;

    /// <summary>Collapse doubled punctuation to its strongest mark (rule 8).</summary>
    public bool CollapseDoubledPunctuation { get; init; } = true;

    /// <summary>Collapse whitespace, remove it next to full-width punctuation, trim lines and drop blank lines (rules 2 and 5).</summary>
    public bool NormalizeWhitespace { get; init; } = true;
}
