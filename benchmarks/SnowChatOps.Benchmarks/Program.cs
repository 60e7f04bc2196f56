using BenchmarkDotNet.Running;
using SnowChatOps.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ShareSubmitBenchmarks).Assembly).Run(args, new BenchmarkConfig());
