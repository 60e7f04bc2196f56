using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;
using SnowChatOps.Tests.Tracking;

namespace SnowChatOps.Tests.Observability;

/// <summary>The operator metrics are recorded where the features learn the outcome (docs/operations.md).</summary>
public sealed class FeatureMetricsTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Share_Created_CountsOneCreatedShare()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        using var shares = Collect<long>(harness, "snowchatops.shares");
        var share = await ShareScenario.StartAsync(harness);

        await share.SendAsync();

        var measurement = Assert.Single(shares.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("created", measurement.Tags["outcome"]);
    }

    [Fact]
    public async Task Share_ServiceNowDownThenRetryCycle_CountsQueuedAndReportsQueueDepth()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        using var shares = Collect<long>(harness, "snowchatops.shares");
        using var queued = Collect<int>(harness, "snowchatops.shares.queued");
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        await share.SendAsync();
        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(ct);

        Assert.Equal("queued", Assert.Single(shares.GetMeasurementSnapshot()).Tags["outcome"]);
        Assert.Equal(1, queued.LastMeasurement?.Value);
    }

    [Fact]
    public async Task PollOnce_StateChanged_CountsOneDeliveredNotification()
    {
        await using var harness = new BotHarness();
        using var notifications = Collect<long>(harness, "snowchatops.notifications");
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        scenario.ChangeInServiceNow(ticket, "-1");

        await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal("delivered", Assert.Single(notifications.GetMeasurementSnapshot()).Tags["outcome"]);
    }

    private static MetricCollector<T> Collect<T>(BotHarness harness, string instrument) where T : struct =>
        new(harness.Get<IMeterFactory>(), Telemetry.Name, instrument);
}
