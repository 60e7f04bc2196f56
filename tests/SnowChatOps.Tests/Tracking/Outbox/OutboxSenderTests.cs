using System.Net;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Outbox;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking.Outbox;

public sealed class OutboxSenderTests
{
    private const string Own = TrackingScenario.Conversation;
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_429WithRetryAfter_RetriedOnlyAfterRetryAfterAndDeliveredOnce()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        scenario.Teams.Fail(Own, HttpStatusCode.TooManyRequests, retryAfter: 7);

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        var afterFault = Notifications(scenario);
        await scenario.RunForAsync(TimeSpan.FromSeconds(6.5), TimeSpan.FromMilliseconds(500));
        var beforeRetryAfter = Notifications(scenario);
        await scenario.RunForAsync(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500));

        Assert.Equal((0, 0), (afterFault, beforeRetryAfter));
        Assert.Equal(1, Notifications(scenario));
        Assert.DoesNotContain(scenario.Teams.Sent, s => s.Activity.Text is not null); // no "sorry" from the turn error handler
        Assert.Equal([(Own, "CHG0030001", "delivered")], scenario.Log.Outcomes);
    }

    [Fact]
    public async Task RefreshCard_429OnTheUpdate_SameCardUpdatedAfterRetryAfterNeverReposted()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        scenario.Teams.FailUpdate(Own, HttpStatusCode.TooManyRequests, retryAfter: 4);

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        var updatesAfterFault = scenario.Teams.Sent.Count(s => s.Update);
        await scenario.RunForAsync(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(500));

        Assert.Equal(0, updatesAfterFault);
        var update = Assert.Single(scenario.Teams.Sent, s => s.Update);
        Assert.Equal("card-CHG0030001", update.Activity.Id);
        Assert.Single(scenario.Teams.PostsTo(Own)); // the notification only: no second ticket card
        Assert.Empty(scenario.Outbox.Pending);
    }

    [Fact]
    public async Task Send_503Twice_BackedOffExponentiallyWithJitter()
    {
        await using var scenario = await OutboxScenario.StartAsync(new Dictionary<string, string?> { ["Tracking:Outbox:BaseDelay"] = "00:00:02" });
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        scenario.Teams.Fail(Own, HttpStatusCode.ServiceUnavailable);
        scenario.Teams.Fail(Own, HttpStatusCode.BadGateway);

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        var first = NotificationDelay(scenario);
        scenario.Harness.Time.Advance(first);
        await scenario.Sender.SendDueAsync(ct);
        var second = NotificationDelay(scenario);
        scenario.Harness.Time.Advance(second);
        await scenario.Sender.SendDueAsync(ct);

        Assert.InRange(first, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(second, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        Assert.Equal(1, Notifications(scenario));
    }

    [Fact]
    public async Task Send_BudgetExhausted_RecordedFailedNeverDelivered()
    {
        await using var scenario = await OutboxScenario.StartAsync(new Dictionary<string, string?> { ["Tracking:Outbox:MaxAttempts"] = "3" });
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        scenario.Teams.FailAlways(Own, HttpStatusCode.ServiceUnavailable);

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        await scenario.RunForAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1));

        Assert.Equal(0, Notifications(scenario));
        Assert.Equal([(Own, "CHG0030001", "http-503")], scenario.Log.Outcomes);
        Assert.Contains("failed", scenario.Outbox.Done.Values);
        Assert.DoesNotContain(scenario.Outbox.Pending, i => i.Work == OutboxWork.Notification);
    }

    [Fact]
    public async Task Send_BurstToOneConversation_NeverExceedsTeamsThreadLimits()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var tickets = new List<TrackedTicket>();
        for (var i = 0; i < 70; i++)
        {
            tickets.Add(await scenario.Tracking.TrackAsync("CHG00" + (30000 + i), "-4"));
        }

        foreach (var ticket in tickets)
        {
            await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        }

        await scenario.RunForAsync(TimeSpan.FromSeconds(45), TimeSpan.FromMilliseconds(100));

        var times = scenario.Teams.Sent.Where(s => !s.Update && s.ConversationId == Own).Select(s => s.At).ToList();
        Assert.Equal(70, times.Count);
        Assert.All(times, t => Assert.True(times.Count(o => o >= t && o < t.AddSeconds(1)) <= 7));
        Assert.All(times, t => Assert.True(times.Count(o => o >= t && o < t.AddSeconds(30)) <= 60));
    }

    [Fact]
    public async Task Apply_TwoChangesBackInTheSameSecond_EveryChangeNotified()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        await scenario.Tracking.ApplyAsync(await Reload(scenario, ticket), Observed("-4", 2));
        await scenario.Tracking.ApplyAsync(await Reload(scenario, ticket), Observed("-1", 3)); // same state and second as the first

        Assert.Equal(3, Notifications(scenario));
    }

    [Fact]
    public async Task Apply_SameVersionSeenAgain_NotifiedOnce()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");

        var first = await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));
        var again = await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1)); // stale copy: as if the other observer raced

        Assert.Equal((true, false), (first, again));
        Assert.Equal(1, Notifications(scenario));
    }

    private static ObservedState Observed(string state, int modCount) => new(state, "2026-11-26 08:00:00", "abel.tuter", null) { ModCount = modCount };

    private static async Task<TrackedTicket> Reload(OutboxScenario scenario, TrackedTicket ticket)
        => (await scenario.Tracking.Tracked.GetAsync(ticket.TenantId, ticket.Table, ticket.SysId, TestContext.Current.CancellationToken))!;

    private static int Notifications(OutboxScenario scenario)
        => scenario.Teams.PostsTo(Own).Count(a => a.Attachments?.Count > 0 && CardReader.From(a).Title?.Contains('→', StringComparison.Ordinal) == true);

    private static TimeSpan NotificationDelay(OutboxScenario scenario)
        => scenario.Outbox.Pending.Single(i => i.Work == OutboxWork.Notification).DueAt - scenario.Harness.Time.GetUtcNow();
}
