namespace TextNorm.Boilerplate;

/// <summary>What one matched line is (its change kind) and the facts it carries.</summary>
internal sealed class LineFacts
{
    /// <summary>The change kind recorded when the line is removed.</summary>
    public string Kind { get; set; } = "";

    public string? Published { get; set; }

    public string? Source { get; set; }

    public string? OriginalTitle { get; set; }

    /// <summary>The line is only a date written <c>2021年6月10日</c> — in the footer that is the signature date of a document, not a dateline.</summary>
    public bool IsBareChineseDate { get; set; }

    public List<string> Authors { get; } = [];

    public List<string> Editors { get; } = [];

    public static LineFacts Of(string kind) => new() { Kind = kind };
}
