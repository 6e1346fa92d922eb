using System.Globalization;

namespace TextNorm.Cli.CommandLine;

/// <summary>The result of parsing one command's arguments: option values by long name and the positional arguments.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    public ParsedArguments(Dictionary<string, string> values, HashSet<string> flags, List<string> positionals)
    {
        _values = values;
        _flags = flags;
        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool Has(string name) => _flags.Contains(name) || _values.ContainsKey(name);

    public string? GetString(string name) => _values.GetValueOrDefault(name);

    public int GetInt(string name, int defaultValue, int min, int max)
    {
        if (GetString(name) is not { } text) return defaultValue;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{name}: expected a whole number from {min} to {max}, got '{text}'");
        return n;
    }

    /// <summary>A byte size such as <c>4096</c>, <c>64K</c>, <c>16M</c> or <c>1G</c>.</summary>
    public long GetSize(string name, long defaultValue, long min, long max)
    {
        if (GetString(name) is not { } text) return defaultValue;
        var digits = text.TrimEnd('B', 'b');
        long unit = 1;
        if (digits.Length > 0 && char.ToUpperInvariant(digits[^1]) is 'K' or 'M' or 'G')
        {
            unit = char.ToUpperInvariant(digits[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            digits = digits[..^1];
        }
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > max / unit || n * unit < min)
            throw new UsageException($"--{name}: expected a size from {min} bytes to {max >> 20} MB (e.g. 64K, 16M), got '{text}'");
        return n * unit;
    }

    public string GetChoice(string name, string defaultValue, params string[] choices)
    {
        var value = GetString(name) ?? defaultValue;
        if (!choices.Contains(value, StringComparer.Ordinal))
            throw new UsageException($"--{name}: expected one of {string.Join(", ", choices)}, got '{value}'");
        return value;
    }
}
