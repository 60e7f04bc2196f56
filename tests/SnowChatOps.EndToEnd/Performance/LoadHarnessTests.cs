using SnowChatOps.LoadHarness;
using SnowChatOps.TestSupport;

namespace SnowChatOps.EndToEnd.Performance;

/// <summary>
/// Keeps the throughput harness (benchmarks/SnowChatOps.LoadHarness) from rotting: a tiny run, no numbers asserted.
/// The harness is a benchmark; its ratios live in docs/performance.md.
/// </summary>
public sealed class LoadHarnessTests
{
    private const int Users = 2;

    [Fact]
    public async Task LoadHarness_TinyRun_MeasuresBothBotsAndSnowChatOpsAnswersEveryRequest()
    {
        var options = new HarnessOptions
        {
            Rounds = 1,
            SegmentDuration = TimeSpan.FromSeconds(1),
            Users = [Users],
            WarmupRequests = 4,
            Settle = TimeSpan.Zero,
            MaxRunTime = TimeSpan.FromMinutes(2),
            OutputDirectory = RepoPaths.Combine(".artifacts", "load-harness-smoke"),
        };

        var report = await LoadRun.RunAsync(options, TextWriter.Null, TestContext.Current.CancellationToken);

        var echo = report.Summary(BotLaunch.EchoName, Users);
        var snow = report.Summary(BotLaunch.SnowName, Users);
        Assert.True(echo.Answered > 0 && snow.Answered > 0, $"echo answered {echo.Answered}, SnowChatOps {snow.Answered}");
        Assert.True(snow.AllAnswered, $"SnowChatOps answered {snow.Answered} of {snow.Sent} requests");
        Assert.All(report.Footprints, f => Assert.True(f.IdleRssMb > 0 && f.StartupToFirstAnswer > TimeSpan.Zero, f.ToString()));
        Assert.Contains($"| {Users} | {BotLaunch.SnowName} |", ReportMarkdown.Render(report), StringComparison.Ordinal);
    }
}
