using System.Globalization;
using BenchmarkDotNet.Running;
using SnowChatOps.Benchmarks;

if (args is ["poll-cost", .. var sizes])
{
    await PollCostMeasurement.RunAsync(sizes.Length == 0 ? [10, 1_000, 100_000] : [.. sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture))]);
    return;
}

if (args is ["tenant-listing", .. var counts])
{
    await TenantListingMeasurement.RunAsync(counts.Length == 0 ? [1_000, 10_000, 50_000] : [.. counts.Select(s => int.Parse(s, CultureInfo.InvariantCulture))]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ShareSubmitBenchmarks).Assembly).Run(args, new BenchmarkConfig());
