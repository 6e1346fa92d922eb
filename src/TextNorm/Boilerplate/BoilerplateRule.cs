using System.Text.RegularExpressions;

namespace TextNorm.Boilerplate;

/// <summary>The zones of a page where a boilerplate rule may remove a line.</summary>
[Flags]
public enum BoilerplateZones
{
    /// <summary>Nowhere (a rule that never fires).</summary>
    None = 0,
    /// <summary>Before the first body paragraph (banners, navigation, headline area, dateline).</summary>
    Header = 1,
    /// <summary>Between the first and the last body paragraph.</summary>
    Body = 2,
    /// <summary>After the last body paragraph (editor lines, copyright, widgets).</summary>
    Footer = 4,
    /// <summary>Header or footer.</summary>
    Edges = Header | Footer,
    /// <summary>Anywhere.</summary>
    Any = Header | Body | Footer,
}

/// <summary>How sure a match is that the line is boilerplate.</summary>
public enum BoilerplateStrength
{
    /// <summary>Fires only at the edges, and only next to other boilerplate or at the very start or end of the page (stray numbers, lone widget words).</summary>
    Weak,
    /// <summary>Fires in the header and footer zones it lists; never inside the body.</summary>
    Strong,
    /// <summary>Near-certain: fires in every zone it lists, the body included.</summary>
    Certain,
}

/// <summary>How a rule's pattern is compared with a trimmed line.</summary>
public enum BoilerplateMatch
{
    /// <summary>The line equals the pattern.</summary>
    WholeLine,
    /// <summary>The line starts with the pattern.</summary>
    StartsWith,
    /// <summary>The line contains the pattern.</summary>
    Contains,
    /// <summary>The pattern is a regular expression (run with <see cref="RegexOptions.NonBacktracking"/>, so linear time); it must match somewhere in the line.</summary>
    Regex,
}

/// <summary>Which metadata field a removed line fills.</summary>
public enum MetadataField
{
    /// <summary>The line carries no fact worth keeping.</summary>
    None,
    /// <summary><see cref="DocumentMetadata.Published"/> (the value should hold a date).</summary>
    Published,
    /// <summary><see cref="DocumentMetadata.Source"/>.</summary>
    Source,
    /// <summary><see cref="DocumentMetadata.Authors"/> (names separated by spaces or <c>、</c>).</summary>
    Authors,
    /// <summary><see cref="DocumentMetadata.Editors"/> (names separated by spaces or <c>、</c>).</summary>
    Editors,
    /// <summary><see cref="DocumentMetadata.OriginalTitle"/>.</summary>
    OriginalTitle,
}

/// <summary>
/// A user rule for the boilerplate step: a pattern, the kind recorded in the change report, the zones where it may
/// fire, its strength and the metadata field its value fills. User rules are tried before the built-in ones.
/// </summary>
/// <remarks>
/// The value of a line for <see cref="Yields"/> is the regex group named <c>value</c> when there is one, otherwise
/// the text after the first colon (<c>：</c> or <c>:</c>), otherwise the text after the pattern.
/// Example: <c>new BoilerplateRule("site-slogan", "让新闻离你更近", BoilerplateMatch.Contains, BoilerplateZones.Edges)</c>.
/// </remarks>
public sealed record BoilerplateRule
{
    private readonly Regex? _regex;

    /// <summary>Creates a rule. A <see cref="BoilerplateMatch.Regex"/> pattern is compiled here with <see cref="RegexOptions.NonBacktracking"/>.</summary>
    /// <exception cref="ArgumentException">The kind or pattern is empty, or the regular expression is invalid or uses a construct NonBacktracking does not support.</exception>
    public BoilerplateRule(string kind, string pattern, BoilerplateMatch match, BoilerplateZones zones,
        BoilerplateStrength strength = BoilerplateStrength.Strong, MetadataField yields = MetadataField.None, int maxLineLength = 200)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineLength);
        Kind = kind;
        Pattern = pattern;
        Match = match;
        Zones = zones;
        Strength = strength;
        Yields = yields;
        MaxLineLength = maxLineLength;
        if (match == BoilerplateMatch.Regex)
        {
            try
            {
                _regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (NotSupportedException e)
            {
                // Backreferences, lookarounds and atomic groups need backtracking, which could take super-linear time.
                throw new ArgumentException($"The boilerplate rule pattern '{pattern}' uses a construct that linear-time matching does not support: {e.Message}", nameof(pattern), e);
            }
        }
    }

    /// <summary>The change kind recorded for a removed line (e.g. one of <see cref="BoilerplateKinds"/>).</summary>
    public string Kind { get; }

    /// <summary>The literal text or regular expression.</summary>
    public string Pattern { get; }

    /// <summary>How <see cref="Pattern"/> is compared with the line.</summary>
    public BoilerplateMatch Match { get; }

    /// <summary>Where the rule may fire.</summary>
    public BoilerplateZones Zones { get; }

    /// <summary>How sure a match is (decides whether it may fire inside the body).</summary>
    public BoilerplateStrength Strength { get; }

    /// <summary>The metadata field the line's value fills.</summary>
    public MetadataField Yields { get; }

    /// <summary>Lines longer than this (after trimming) never match: boilerplate lines are short, article paragraphs long.</summary>
    public int MaxLineLength { get; }

    /// <summary>Tests a trimmed line; on a match, returns the value for <see cref="Yields"/> (may be empty).</summary>
    internal bool TryMatch(ReadOnlySpan<char> line, out string value)
    {
        value = "";
        if (line.Length > MaxLineLength) return false;
        int end; // where the matched pattern ends, for the value fallback
        switch (Match)
        {
            case BoilerplateMatch.WholeLine:
                if (!line.SequenceEqual(Pattern)) return false;
                end = line.Length;
                break;
            case BoilerplateMatch.StartsWith:
                if (!line.StartsWith(Pattern, StringComparison.Ordinal)) return false;
                end = Pattern.Length;
                break;
            case BoilerplateMatch.Contains:
                var at = line.IndexOf(Pattern, StringComparison.Ordinal);
                if (at < 0) return false;
                end = at + Pattern.Length;
                break;
            default:
                var text = line.ToString();
                var m = _regex!.Match(text);
                if (!m.Success) return false;
                if (Yields != MetadataField.None && m.Groups["value"] is { Success: true } g)
                {
                    value = g.Value.Trim();
                    return true;
                }
                end = m.Index + m.Length;
                break;
        }
        if (Yields == MetadataField.None) return true;
        var colon = line.IndexOfAny('：', ':');
        value = (colon >= 0 ? line[(colon + 1)..] : line[end..]).Trim().ToString();
        return true;
    }
}
