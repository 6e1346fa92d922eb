namespace TextNorm.Cli.CommandLine;

/// <summary>
/// Parses GNU-style arguments against a table of <see cref="OptionSpec"/>: <c>--name value</c>, <c>--name=value</c>,
/// <c>-o value</c>, flags, <c>--</c> to end options, and <c>-</c> as a positional (standard input).
/// Unknown options and missing values are <see cref="UsageException"/>s.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            string? inlineValue = null;
            OptionSpec? spec;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    inlineValue = name[(eq + 1)..];
                    name = name[..eq];
                }
                spec = specs.FirstOrDefault(s => s.Name == name);
            }
            else
            {
                spec = arg.Length == 2 ? specs.FirstOrDefault(s => s.Short == arg[1]) : null;
            }
            if (spec is null) throw new UsageException($"unknown option '{arg}'");
            if (!spec.TakesValue)
            {
                if (inlineValue is not null) throw new UsageException($"option '--{spec.Name}' takes no value");
                flags.Add(spec.Name);
                continue;
            }
            if (inlineValue is null)
            {
                if (i + 1 >= args.Count) throw new UsageException($"option '--{spec.Name}' needs a value ({spec.ValueName})");
                inlineValue = args[++i];
            }
            values[spec.Name] = inlineValue;
        }
        return new ParsedArguments(values, flags, positionals);
    }
}
