namespace TextNorm.Cli.Jsonl;

/// <summary>What happens to a JSON Lines record that cannot be normalized (<c>--on-error</c>). Each is reported either way.</summary>
internal enum OnError
{
    /// <summary>The record is dropped from the output.</summary>
    Skip,
    /// <summary>The record is copied to the output unchanged.</summary>
    Keep,
    /// <summary>The run stops (output holds every record before it).</summary>
    Fail,
}
