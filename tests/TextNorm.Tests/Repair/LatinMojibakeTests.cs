using TextNorm.Repair;

namespace TextNorm.Tests.Repair;

/// <summary>Latin text whose UTF-8 was read as Latin-1/CP1252 (what ftfy fixes): only the clear cases.</summary>
public class LatinMojibakeTests
{
    [Theory]
    [InlineData("cafÃ©", "café")]
    [InlineData("Ã¼ber alles", "über alles")]
    [InlineData("donâ€™t stop", "don’t stop")]
    [InlineData("â€œquotedâ€\u009D", "“quoted”")]
    [InlineData("10 â‚¬ and a dashâ€”here", "10 € and a dash—here")]
    [InlineData("naÃ¯ve faÃ§ade", "naïve façade")]
    [InlineData("Å“uvre", "œuvre")]
    [InlineData("25Â°C", "25°C")]
    [InlineData("NBSP:Â\u00A0end", "NBSP:\u00A0end")]
    // Read wrongly twice: undone twice in one pass, so that a second pass has nothing left to do.
    [InlineData("cafÃƒÂ©", "café")]
    [InlineData("报道称â€œ中国â€\u009D", "报道称“中国”")]
    public void Latin_mojibake_is_repaired(string damaged, string expected)
    {
        var repaired = MojibakeRepairer.Repair(damaged);
        Assert.Equal(expected, repaired);
        Assert.Same(repaired, MojibakeRepairer.Repair(repaired));
    }

    [Theory]
    [InlineData("Café, naïve, façade, Ça coûte 10 €, déjà payé à l’hôtel.")]
    [InlineData("Ã")]
    [InlineData("Ã la carte, Âge, São Paulo, Ångström, Øresund")]
    [InlineData("ÂÃÅâ")]
    [InlineData("Größe über Maß, âge, pâté")]
    [InlineData("The symbol Ã alone, and Â written apart from a sign: Â °")]
    public void Real_latin_text_is_left_alone(string text)
    {
        Assert.Same(text, MojibakeRepairer.Repair(text));
    }

    /// <summary>
    /// Noise shaped like mojibake whose repair would make a new case with its neighbour (ÂÂ£ → Â£ → £ …): no wrong
    /// reading of UTF-8 makes it, and repairing it took one more layer off on every pass. It is left alone.
    /// </summary>
    [Theory]
    [InlineData("xÂÂ£y")]
    [InlineData("ÂÂÂÂ£")]
    [InlineData("aÃ‚£b")]
    public void A_run_that_would_make_a_new_case_with_its_neighbours_is_left_alone(string text)
    {
        Assert.Same(text, MojibakeRepairer.Repair(text));
        var normalizer = new TextNormalizer();
        var once = normalizer.Normalize(text);
        Assert.Equal(once, normalizer.Normalize(once));
    }
}
