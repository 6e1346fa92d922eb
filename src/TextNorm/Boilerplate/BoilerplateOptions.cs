namespace TextNorm.Boilerplate;

/// <summary>Boilerplate removal and metadata extraction (spec rules 13–18).</summary>
/// <remarks>
/// Add site-specific lines with <see cref="Rules"/>; they are tried before the built-in table:
/// <code>
/// var options = BoilerplateOptions.Default with
/// {
///     Rules = [new BoilerplateRule("site-slogan", "让新闻离你更近", BoilerplateMatch.Contains, BoilerplateZones.Edges)],
/// };
/// </code>
/// </remarks>
public sealed record BoilerplateOptions
{
    /// <summary>Boilerplate removal on, built-in rules.</summary>
    public static BoilerplateOptions Default { get; } = new();

    /// <summary>Boilerplate removal off: the text keeps every line and metadata stays empty.</summary>
    public static BoilerplateOptions Disabled { get; } = new() { Enabled = false };

    /// <summary>Whether boilerplate is removed at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>User rules, tried in order before the built-in ones.</summary>
    public IReadOnlyList<BoilerplateRule> Rules { get; init; } = [];

    /// <summary>Whether the built-in rule table is used (default true). Off, only <see cref="Rules"/> remove lines; the title and trailing credits are still found.</summary>
    public bool UseBuiltInRules { get; init; } = true;
}
