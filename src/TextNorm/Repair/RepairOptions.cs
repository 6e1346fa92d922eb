namespace TextNorm.Repair;

/// <summary>Mojibake repair (spec rule 12).</summary>
public sealed record RepairOptions
{
    /// <summary>Repair on.</summary>
    public static RepairOptions Default { get; } = new();

    /// <summary>Repair off.</summary>
    public static RepairOptions Disabled { get; } = new() { Enabled = false };

    /// <summary>Whether mojibake is repaired at all.</summary>
    public bool Enabled { get; init; } = true;
}
