using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TextNorm.Benchmarks.SeedBenchmarks).Assembly).Run(args);
