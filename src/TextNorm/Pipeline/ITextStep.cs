namespace TextNorm.Pipeline;

/// <summary>
/// One step of the normalization pipeline. A step is immutable and thread-safe: everything that belongs to one
/// document lives in the <see cref="StepContext"/>. A step that finds nothing to do returns its input instance
/// unchanged (no allocation), so clean text pays only for the scans.
/// </summary>
internal interface ITextStep
{
    /// <summary>The name recorded in <see cref="TextChange.Step"/> (one of <see cref="StepNames"/>).</summary>
    string Name { get; }

    /// <summary>Applies the step to a whole document.</summary>
    string Apply(string text, StepContext context);
}

/// <summary>The per-document state the steps share: the change log and the metadata found so far.</summary>
internal sealed class StepContext
{
    public StepContext(ChangeLog changes) => Changes = changes;

    public ChangeLog Changes { get; }

    /// <summary>Metadata found by the boilerplate step.</summary>
    public DocumentMetadata Metadata { get; set; } = DocumentMetadata.Empty;
}
