namespace TextNorm;

/// <summary>The result of normalizing one document: the clean text, the facts taken from its boilerplate, and what changed.</summary>
public sealed class NormalizedDocument
{
    /// <summary>Creates a document result.</summary>
    public NormalizedDocument(string text, DocumentMetadata metadata, ChangeReport changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(changes);
        Text = text;
        Metadata = metadata;
        Changes = changes;
    }

    /// <summary>The normalized text: UTF-16 string whose UTF-8 form is the output, one paragraph per line, ending with one <c>\n</c> unless empty.</summary>
    public string Text { get; }

    /// <summary>Title, publication time, source, authors and editors found in the document's boilerplate.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Which fixes fired, how often and where.</summary>
    public ChangeReport Changes { get; }
}
