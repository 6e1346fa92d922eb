using SharpFuzz;
using TextNorm.Tests.Reliability;

// Usage:
//   dotnet TextNorm.Fuzz.dll corpus normalize|jsonl OUTDIR SEEDS_DIR CASES_JSONL REGRESSIONS_DIR   writes the start corpus
//   dotnet TextNorm.Fuzz.dll normalize|jsonl            under afl-fuzz (reads each input from AFL)
//   dotnet TextNorm.Fuzz.dll normalize|jsonl FILE|DIR   replays inputs outside AFL, printing every failure
// "normalize": Normalize(bytes), and Normalize(string) of the bytes read as UTF-8.
// "jsonl":     each line parsed as a JSON record, its "text" field normalized and written back (FuzzTargets.Jsonl),
//              and the same lines through the CLI's JsonlRecordRewriter (CliJsonlTarget).
// TEXTNORM_FUZZ_IDEMPOTENCE=1 also counts a second pass that changes the text as a crash.
// Every broken property (exception, malformed output, second pass that changes the text, lost record) is a crash.

if (args is ["corpus", var corpusTarget, var outDir, var seedsDir, var casesFile, var regressionsDir])
    return TextNorm.Fuzz.SeedCorpus.Write(corpusTarget, outDir, seedsDir, casesFile, regressionsDir);

FuzzTargets.CheckIdempotence = Environment.GetEnvironmentVariable("TEXTNORM_FUZZ_IDEMPOTENCE") == "1";
var target = args.Length > 0 ? args[0] : "normalize";
Action<byte[]> run = target switch
{
    "normalize" => data =>
    {
        FuzzTargets.NormalizeBytes(data);
        FuzzTargets.NormalizeText(System.Text.Encoding.UTF8.GetString(data));
    },
    "jsonl" => data =>
    {
        FuzzTargets.Jsonl(data);
        TextNorm.Fuzz.CliJsonlTarget.Run(data);
    },
    _ => throw new ArgumentException($"unknown target '{target}': use normalize or jsonl"),
};

if (args.Length > 1)
{
    var files = Directory.Exists(args[1]) ? Directory.GetFiles(args[1], "*", SearchOption.AllDirectories) : [args[1]];
    var failures = 0;
    foreach (var file in files.Order(StringComparer.Ordinal))
    {
        if (Path.GetFileName(file) is "README.txt" or ".state") continue;
        try { run(File.ReadAllBytes(file)); }
        catch (Exception e)
        {
            failures++;
            Console.WriteLine($"FAIL {file}\n{e}\n");
        }
    }
    Console.WriteLine($"{files.Length} inputs, {failures} failures");
    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    run(buffer.ToArray());
});
return 0;
