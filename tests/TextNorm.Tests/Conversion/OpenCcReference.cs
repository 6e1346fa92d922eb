using System.Diagnostics;
using System.Text;

namespace TextNorm.Tests.Conversion;

/// <summary>
/// Runs the shared reference converter (<c>shared/tools/opencc-reference/opencc-ref</c>: opencc-js 1.4.2, or Debian's
/// C++ OpenCC with <c>--cpp</c>). The repository is cloned with <c>shared/</c> beside it; the tool is found by walking
/// up from the test's base directory.
/// </summary>
internal static class OpenCcReference
{
    private const string RelativePath = "shared/tools/opencc-reference/opencc-ref";

    public static string ToolPath { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"The OpenCC reference tool ({RelativePath}) was not found in any folder above {AppContext.BaseDirectory}. "
            + "Clone the repository with the shared/ folder beside it (…/shared/tools/opencc-reference/opencc-ref).");
    }

    /// <summary>Converts <paramref name="input"/> with the reference (UTF-8 in and out).</summary>
    public static string Convert(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the OpenCC reference.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The OpenCC reference did not finish within 10 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"opencc-ref {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Null when equal; otherwise a message showing the first difference in context.</summary>
    public static string? Describe(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        var from = Math.Max(0, i - 30);
        string Around(string s) => s.Substring(Math.Min(from, s.Length), Math.Min(80, Math.Max(0, s.Length - from)));
        return $"first difference at index {i} (expected length {expected.Length}, actual {actual.Length})\n"
            + $"  input context from {from}\n  expected: {Escape(Around(expected))}\n  actual:   {Escape(Around(actual))}";
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s) sb.Append(c is '\n' ? "\\n" : char.IsSurrogate(c) || char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.ToString();
    }
}
