namespace TextNorm;

/// <summary>
/// Facts carried by a page's boilerplate (spec "Metadata"). Values are normalized like the text.
/// Serializes to the fields of <c>shared/gold/*.meta.json</c>.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Metadata with every field empty.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The headline line directly before the body, or <see langword="null"/> when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>Publication time as printed, in ISO 8601 local form (<c>2017-10-23T08:38:12</c>, or a date alone), or <see langword="null"/>.</summary>
    public string? Published { get; init; }

    /// <summary>The publisher named by a source line or by the lead credit of the first paragraph, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Authors from bylines and trailing credits, in order of appearance.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Editors from editor lines, in order of appearance.</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    /// <summary>The original title given by a <c>原标题：</c> line, or <see langword="null"/>.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>True when no field carries a value.</summary>
    public bool IsEmpty => Title is null && Published is null && Source is null && Authors.Count == 0 && Editors.Count == 0 && OriginalTitle is null;

    /// <inheritdoc />
    public bool Equals(DocumentMetadata? other) =>
        other is not null && Title == other.Title && Published == other.Published && Source == other.Source
        && OriginalTitle == other.OriginalTitle && Authors.SequenceEqual(other.Authors) && Editors.SequenceEqual(other.Editors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Published, Source, OriginalTitle, Authors.Count, Editors.Count);
}
