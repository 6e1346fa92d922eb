namespace TextNorm.Boilerplate;

/// <summary>Boilerplate removal and metadata extraction (spec rules 13–18).</summary>
public sealed record BoilerplateOptions
{
    /// <summary>Boilerplate removal on, built-in rules.</summary>
    public static BoilerplateOptions Default { get; } = new();

    /// <summary>Boilerplate removal off: the text keeps every line and metadata stays empty.</summary>
    public static BoilerplateOptions Disabled { get; } = new() { Enabled = false };

    /// <summary>Whether boilerplate is removed at all.</summary>
    public bool Enabled { get; init; } = true;
}
