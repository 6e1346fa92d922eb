using TextNorm;

// Placeholder entry point: the CLI issue replaces this with the full `textnorm` command line.
var normalizer = TextNormalizer.Default;
using var stdin = Console.OpenStandardInput();
using var buffer = new MemoryStream();
stdin.CopyTo(buffer);
var output = normalizer.Normalize(buffer.ToArray());
using var stdout = Console.OpenStandardOutput();
stdout.Write(System.Text.Encoding.UTF8.GetBytes(output));
return 0;
