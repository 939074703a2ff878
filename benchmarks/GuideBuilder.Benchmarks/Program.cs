using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/GuideBuilder.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(GuideBuilder.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
