using System.Text;

namespace TextNorm.Cli.CommandLine;

/// <summary>Formats help text from a command's description and its <see cref="OptionSpec"/> table.</summary>
internal static class HelpWriter
{
    private const int Width = 100;

    public static string Command(string usage, string description, IReadOnlyList<OptionSpec> options, string examples)
    {
        var sb = new StringBuilder();
        sb.Append("Usage: ").AppendLine(usage).AppendLine();
        sb.AppendLine(description.TrimEnd()).AppendLine();
        sb.AppendLine("Options:");
        var column = options.Max(o => o.Synopsis.Length) + 4;
        foreach (var option in options)
        {
            var lines = Wrap(option.Help, Width - column);
            sb.Append("  ").Append(option.Synopsis.PadRight(column - 2)).AppendLine(lines[0]);
            foreach (var line in lines.Skip(1)) sb.Append(' ', column).AppendLine(line);
        }
        sb.AppendLine();
        sb.AppendLine(examples.TrimEnd()).AppendLine();
        sb.Append(ExitCodesText);
        return sb.ToString();
    }

    public const string ExitCodesText = """
        Exit codes:
          0    every input was processed (warnings, such as a skipped binary file, are not failures)
          1    some inputs or records failed; each was reported on stderr as one line (and in --report)
          2    usage error: unknown option or command, bad value, unknown preset or encoding, unsafe output path
          130  interrupted (Ctrl-C, SIGTERM); no partial output file is left behind

        """;

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        lines.Add(current.ToString());
        return lines;
    }
}
