using TextNorm.Cli.Jsonl;

namespace TextNorm.Cli.Commands;

/// <summary>The parsed and checked options of <c>textnorm normalize</c>.</summary>
internal sealed record NormalizeSettings
{
    /// <summary>The PATH arguments (files or directories); empty when reading standard input.</summary>
    public required IReadOnlyList<string> Paths { get; init; }
    public bool FromStdin => Paths.Count == 0;
    /// <summary>Output directory for PATH inputs; output file for standard input; null for standard output.</summary>
    public string? Output { get; init; }
    public bool Metadata { get; init; }
    public string? Report { get; init; }
    public bool ReportDocuments { get; init; }
    public bool Jsonl { get; init; }
    public string Field { get; init; } = "text";
    public OnError OnError { get; init; } = OnError.Skip;
    public long MaxLineBytes { get; init; }
    public int Threads { get; init; }
    public required TextNormalizerOptions Options { get; init; }
    public bool FailFast { get; init; }
    public bool SkipExisting { get; init; }
    public string Progress { get; init; } = "auto";
    public bool Quiet { get; init; }
    public long ChunkThreshold { get; init; }
    public int ChunkSize { get; init; }
}
