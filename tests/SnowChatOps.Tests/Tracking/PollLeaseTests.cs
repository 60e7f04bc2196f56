using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Polling;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Tracking;

/// <summary>One poller per tenant across instances: another instance's live lease keeps this one from polling.</summary>
public sealed class PollLeaseTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollOnce_AnotherInstanceHoldsTheLease_SendsNoRequestUntilItExpires()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        scenario.ChangeInServiceNow(ticket, "2");
        var now = harness.Time.GetUtcNow();
        await harness.Get<InMemoryPollLeaseStore>().TryAcquireAsync(BotHarness.TenantId, "other-instance", now, now.AddMinutes(7.5), ct);

        var whileHeld = await scenario.Poller.PollOnceAsync(ct);
        var requestsWhileHeld = scenario.ServiceNow.ListRequests.Values.Sum();
        harness.Time.Advance(TimeSpan.FromMinutes(8));
        var afterExpiry = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal((0, 0, 1), (whileHeld, requestsWhileHeld, afterExpiry));
        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task PollOnce_ThisInstanceHoldsTheLease_KeepsPollingEveryCycle()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);

        await scenario.Poller.PollOnceAsync(ct);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        scenario.ChangeInServiceNow(ticket, "2");
        var changes = await scenario.Poller.PollOnceAsync(ct);
        var now = harness.Time.GetUtcNow();
        var otherGetsIt = await harness.Get<IPollLeaseStore>().TryAcquireAsync(BotHarness.TenantId, "other-instance", now, now.AddMinutes(7.5), ct);

        Assert.Equal((1, false), (changes, otherGetsIt));
    }
}
