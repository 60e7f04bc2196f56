using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// One operation per iteration (a share is milliseconds, not nanoseconds), enough iterations for a p99, in process
/// (the emulator is hosted in this process), with allocations.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(20)
            .WithIterationCount(300)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId("ShareRoundTrip"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(StatisticColumn.P50, new PercentileColumn(99));
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
    }
}
