namespace TextNorm.Conversion.Engine;

/// <summary>
/// What an OpenCC preset is made of (OpenCC's <c>data/config/*.json</c>, as opencc-js 1.4.2 runs them): a
/// normalization pass, an optional segmentation dictionary group, and the conversion chain of dictionary groups.
/// </summary>
internal sealed record PresetDefinition(string Name, string[]? Segmentation, string[][] Chain)
{
    /// <summary>Every preset first maps CJK Compatibility Ideographs to their unified forms.</summary>
    public string[] Normalization { get; } = ["CJK_Compatibility_Ideographs"];
}

internal static class PresetDefinitions
{
    private static readonly string[] TSGroup = ["TSPhrases", "TSCharacters"];
    private static readonly string[] TSSegmentation = ["TSPhrases"];
    private static readonly string[] STGroup = ["STPhrases", "STPhrases_GeneratedFromRegionalPhrases", "STCharacters"];
    private static readonly string[] STSegmentation = ["STPhrases", "STPhrases_GeneratedFromRegionalPhrases"];

    public static readonly PresetDefinition[] All =
    [
        new("t2s", null, [TSGroup]),
        new("tw2s", TSSegmentation, [["TWVariantsRevPhrases", "TWVariantsRev"], TSGroup]),
        new("tw2sp", TSSegmentation, [["TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"], TSGroup]),
        new("hk2s", TSSegmentation, [["HKVariantsRevPhrases", "HKVariantsRev"], TSGroup]),
        new("s2t", null, [STGroup]),
        new("s2tw", STSegmentation, [STGroup, ["TWVariantsPhrases", "TWVariants"]]),
        new("s2twp", STSegmentation, [STGroup, ["TWPhrases", "TWVariantsPhrases", "TWVariants"]]),
        new("s2hk", STSegmentation, [STGroup, ["HKVariantsPhrases", "HKVariants"]]),
        new("t2tw", null, [["TWVariantsPhrases", "TWVariants"]]),
        new("t2hk", null, [["HKVariantsPhrases", "HKVariants"]]),
    ];

    public static PresetDefinition? Find(string name) => Array.Find(All, p => p.Name == name);

    /// <summary>
    /// Not an OpenCC preset: <c>t2s</c> that also keeps, as they are, the Simplified phrases <c>t2s</c> itself writes
    /// (TSPhrases' and TSCharacters' values, e.g. 乾佑县, 幺麽, 苧). OpenCC keeps a Traditional character inside such
    /// phrases on purpose (and a few character mappings chain: 薴 → 苧 → 苎), so plain <c>t2s</c> run again on its own
    /// output would change it (乾佑县 → 干佑县). The normalizer uses this
    /// for text it finds Simplified, so that normalizing twice changes nothing more.
    /// </summary>
    public static readonly PresetDefinition StableSimplified =
        new("t2s", null, [["TSPhrases", "TSPhrases" + DictionaryEntries.ValuesSuffix, "TSCharacters" + DictionaryEntries.ValuesSuffix, "TSCharacters"]]);
}
