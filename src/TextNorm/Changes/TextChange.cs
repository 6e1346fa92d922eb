namespace TextNorm;

/// <summary>One change made to a document.</summary>
/// <param name="Step">The pipeline step that made it (see <see cref="StepNames"/>).</param>
/// <param name="Kind">What kind of fix it is (see <see cref="ChangeKinds"/>); counts are summed by kind.</param>
/// <param name="Position">Character offset (UTF-16) in the text as the step received it; for decoding, the byte offset.</param>
/// <param name="Before">The text that was replaced or removed (may be shortened for very long spans).</param>
/// <param name="After">The replacement (empty for a removal).</param>
public readonly record struct TextChange(string Step, string Kind, int Position, string Before, string After);
