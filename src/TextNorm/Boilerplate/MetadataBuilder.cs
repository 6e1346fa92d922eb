namespace TextNorm.Boilerplate;

/// <summary>Collects the facts of removed lines in order of appearance: first date and source win, names are kept once each.</summary>
internal sealed class MetadataBuilder
{
    private readonly List<string> _authors = [];
    private readonly List<string> _editors = [];
    private readonly HashSet<string> _seenAuthors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenEditors = new(StringComparer.Ordinal);
    private string? _published;
    private string? _source;
    private string? _leadSource;
    private string? _originalTitle;

    public string? Title { get; set; }

    /// <summary>Adds the facts of a removed line, only the fields its rule declares.</summary>
    public void Add(LineFacts facts, Yields yields = Yields.Fields | Yields.OriginalTitle)
    {
        if (yields.HasFlag(Yields.Published)) _published ??= Clean(facts.Published);
        if (yields.HasFlag(Yields.Source)) _source ??= Clean(facts.Source);
        if (yields.HasFlag(Yields.OriginalTitle)) _originalTitle ??= Clean(facts.OriginalTitle);
        if (yields.HasFlag(Yields.Authors)) AddNames(_authors, _seenAuthors, facts.Authors);
        if (yields.HasFlag(Yields.Editors)) AddNames(_editors, _seenEditors, facts.Editors);
    }

    /// <summary>The lead credit names the source only when no source line does; its reporters count in order of appearance.</summary>
    public void AddLead(LeadCredit.Info lead)
    {
        _leadSource = Clean(lead.Source);
        foreach (var name in lead.Authors)
            if (_seenAuthors.Add(name)) _authors.Add(name);
    }

    public DocumentMetadata Build()
    {
        var source = _source ?? _leadSource;
        if (Title is null && _published is null && source is null && _authors.Count == 0 && _editors.Count == 0 && _originalTitle is null)
            return DocumentMetadata.Empty;
        return new DocumentMetadata
        {
            Title = Clean(Title),
            Published = _published,
            Source = source,
            Authors = _authors.ToArray(),
            Editors = _editors.ToArray(),
            OriginalTitle = _originalTitle,
        };
    }

    private static void AddNames(List<string> into, HashSet<string> seen, List<string> names)
    {
        foreach (var name in names)
        {
            var clean = Clean(name);
            if (clean is not null && seen.Add(clean)) into.Add(clean);
        }
    }

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim(' ', '\u3000', '\t');
        return trimmed.Length == 0 ? null : trimmed;
    }
}
