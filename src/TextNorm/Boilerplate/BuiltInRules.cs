namespace TextNorm.Boilerplate;

/// <summary>Tests a trimmed line; returns what it is, or <see langword="null"/> when the rule does not apply.</summary>
internal delegate LineFacts? LineMatcher(ReadOnlySpan<char> line);

/// <summary>What a rule's match means for the zone finder.</summary>
internal enum RuleRole
{
    /// <summary>An ordinary boilerplate line.</summary>
    Plain,
    /// <summary>Site navigation or banner: whatever unmatched text sits above it in the header is page furniture too.</summary>
    HeaderAnchor,
    /// <summary>A <c>相关新闻</c> heading: the link titles under it go with it.</summary>
    RelatedHeading,
}

/// <summary>The metadata fields a rule may fill; facts outside its column are ignored.</summary>
[Flags]
internal enum Yields
{
    None = 0,
    Published = 1,
    Source = 2,
    Authors = 4,
    Editors = 8,
    OriginalTitle = 16,
    Fields = Published | Source | Authors | Editors,
}

/// <summary>One row of the rule table: the matcher, the change kind, where it may fire, how sure it is and what it yields.</summary>
internal sealed record LineRule(
    string Name,
    string Kind,
    LineMatcher Match,
    BoilerplateZones Zones,
    BoilerplateStrength Strength,
    Yields Yields,
    int MaxLength = 200,
    RuleRole Role = RuleRole.Plain);

/// <summary>
/// The built-in rule table, tried in order (first match wins). Each row names the shape test in
/// <see cref="LineMatchers"/>, the kind it records, the zones where it may remove a line and its strength:
/// <see cref="BoilerplateStrength.Certain"/> rows may fire inside the body, <see cref="BoilerplateStrength.Strong"/>
/// rows only in the header and footer, <see cref="BoilerplateStrength.Weak"/> rows only next to other boilerplate.
/// </summary>
internal static class BuiltInRules
{
    private const BoilerplateZones Any = BoilerplateZones.Any;
    private const BoilerplateZones Edges = BoilerplateZones.Edges;
    private const BoilerplateZones Footer = BoilerplateZones.Footer;
    private const BoilerplateZones Header = BoilerplateZones.Header;
    private const BoilerplateStrength Certain = BoilerplateStrength.Certain;
    private const BoilerplateStrength Strong = BoilerplateStrength.Strong;
    private const BoilerplateStrength Weak = BoilerplateStrength.Weak;

    public static IReadOnlyList<LineRule> All { get; } =
    [
        // name, kind (recorded), matcher (LineMatchers), zones, strength, yields (metadata it may fill), max line length, role
        new("original-title",      BoilerplateKinds.OriginalTitle, LineMatchers.OriginalTitle,           Any,    Certain, Yields.OriginalTitle, 160),
        new("copyright-statement", BoilerplateKinds.Copyright,     LineMatchers.CopyrightStatement,      Any,    Certain, Yields.None,          600),
        new("caption-marker",      BoilerplateKinds.Caption,       LineMatchers.MarkedCaption,           Any,    Certain, Yields.None,          200),
        new("caption-credit",      BoilerplateKinds.Caption,       LineMatchers.CaptionCredit,           Any,    Certain, Yields.None,          60),
        new("fields-in-body",      BoilerplateKinds.Dateline,      LineMatchers.FieldsInBody,            Any,    Certain, Yields.Fields,        FieldLine.MaxLength),
        new("fields",              BoilerplateKinds.Dateline,      LineMatchers.Fields,                  Header, Strong,  Yields.Fields,        FieldLine.MaxLength),
        new("fields-in-footer",    BoilerplateKinds.Dateline,      LineMatchers.FieldsInFooter,          Footer, Strong,  Yields.Fields,        FieldLine.MaxLength),
        new("widget",              BoilerplateKinds.Widget,        LineMatchers.Widget,                  Any,    Certain, Yields.None,          120),
        new("pagination",          BoilerplateKinds.Pagination,    LineMatchers.Pagination,              Any,    Certain, Yields.None,          80),
        new("promotion",           BoilerplateKinds.Promotion,     LineMatchers.Promotion,               Any,    Certain, Yields.None,          50),
        new("promotion-at-edges",  BoilerplateKinds.Promotion,     LineMatchers.PromotionAtEdges,        Footer, Strong,  Yields.None,          60),
        new("related-heading",     BoilerplateKinds.Related,       LineMatchers.RelatedHeading,          Edges,  Strong,  Yields.None,          20,                  RuleRole.RelatedHeading),
        new("navigation",          BoilerplateKinds.Navigation,    LineMatchers.Navigation,              Edges,  Strong,  Yields.None,          200,                 RuleRole.HeaderAnchor),
        new("section-label",       BoilerplateKinds.Navigation,    LineMatchers.SectionLabel,            Header, Strong,  Yields.None,          6),
        new("tag-list",            BoilerplateKinds.Related,       LineMatchers.TagList,                 Footer, Strong,  Yields.None,          80),
        new("banner",              BoilerplateKinds.Banner,        LineMatchers.Banner,                  Edges,  Strong,  Yields.None,          80,                  RuleRole.HeaderAnchor),
        new("copyright-notice",    BoilerplateKinds.Copyright,     LineMatchers.CopyrightNotice,         Edges,  Strong,  Yields.None,          400),
        new("site-info",           BoilerplateKinds.SiteInfo,      LineMatchers.SiteInfo,                Edges,  Strong,  Yields.None,          200),
        new("bracketed-names",     BoilerplateKinds.Byline,        LineMatchers.BracketedNames,          Footer, Strong,  Yields.Authors,       32),
        new("end-mark",            BoilerplateKinds.EndMark,       LineMatchers.EndMark,                 Edges,  Strong,  Yields.None,          12),
        new("prev-next",           BoilerplateKinds.Pagination,    LineMatchers.PrevNext,                Edges,  Strong,  Yields.None,          100),
        new("reaction",            BoilerplateKinds.Reaction,      l => LineMatchers.Reaction(l, true),  Edges,  Strong,  Yields.None,          80),
        new("reaction-word",       BoilerplateKinds.Reaction,      l => LineMatchers.Reaction(l, false), Edges,  Weak,    Yields.None,          8),
        new("counter-phrase",      BoilerplateKinds.Counter,       LineMatchers.CounterPhrase,           Edges,  Strong,  Yields.None,          24),
        new("counter",             BoilerplateKinds.Counter,       LineMatchers.Counter,                 Edges,  Weak,    Yields.None,          20),
        new("location",            BoilerplateKinds.Widget,        LineMatchers.Location,                Edges,  Strong,  Yields.None,          20),
    ];
}
