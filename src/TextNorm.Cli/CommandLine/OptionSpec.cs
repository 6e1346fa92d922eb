namespace TextNorm.Cli.CommandLine;

/// <summary>One option of a command: its names, whether it takes a value, and its help line.</summary>
/// <param name="Name">The long name without dashes (<c>output</c> for <c>--output</c>).</param>
/// <param name="Short">The one-letter alias (<c>o</c> for <c>-o</c>), or null.</param>
/// <param name="ValueName">The placeholder of the value in help (<c>DIR</c>), or null for a flag.</param>
/// <param name="Help">What the option does, one sentence.</param>
internal sealed record OptionSpec(string Name, char? Short, string? ValueName, string Help)
{
    public bool TakesValue => ValueName is not null;

    /// <summary>How the option is shown in help: <c>-o, --output DIR</c>.</summary>
    public string Synopsis =>
        (Short is { } s ? $"-{s}, " : "    ") + "--" + Name + (ValueName is null ? "" : " " + ValueName);
}
