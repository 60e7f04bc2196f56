using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.Bot.Tracking.Store;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking.Outbox;

public sealed class SuspectConversationTests
{
    private const string Own = TrackingScenario.Conversation;
    private const string Channel = "19:ops@thread.tacv2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_ChannelAnswers403_SuspectFallbackAdminToldOnceThenReactivatedByAMessage()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        await scenario.Harness.Conversations.SaveAsync(ChannelRecord(scenario), ct);
        await scenario.Harness.Get<ITrackingStore>().SetNotificationConversationAsync(BotHarness.TenantId, Channel, "en-US", ct);
        var first = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        var second = await scenario.Tracking.TrackAsync("CHG0030002", "-4");
        scenario.Teams.FailAlways(Channel, HttpStatusCode.Forbidden);

        await scenario.Tracking.ApplyAsync(first, Observed("-1", 1));
        await scenario.Tracking.ApplyAsync(second, Observed("-1", 1));
        var suspect = await scenario.Harness.Conversations.GetAsync(BotHarness.TenantId, Channel, ct);
        await MessageInChannelAsync(scenario);
        var reactivated = await scenario.Harness.Conversations.GetAsync(BotHarness.TenantId, Channel, ct);
        scenario.Teams.Recover(Channel);
        await scenario.Tracking.ApplyAsync(await Reload(scenario, first), Observed("0", 2));

        Assert.False(suspect!.Active);
        Assert.True(reactivated!.Active);
        Assert.Equal(2, scenario.Teams.PostsTo(Own).Count(a => a.Attachments?.Count > 0 && CardReader.From(a).Title.Contains('→', StringComparison.Ordinal)));
        Assert.Single(scenario.Teams.PostsTo(Own), a => a.Text?.Contains("403", StringComparison.Ordinal) == true);
        Assert.Single(scenario.Teams.PostsTo(Channel));
        Assert.Equal(
            [(Channel, "CHG0030001", "forbidden"), (Own, "CHG0030001", "delivered"), (Channel, "CHG0030002", "inactive"), (Own, "CHG0030002", "delivered"), (Channel, "CHG0030001", "delivered")],
            scenario.Log.Outcomes);
    }

    [Fact]
    public async Task Send_OwnConversationAnswers404_RecordedFailedNotDropped()
    {
        await using var scenario = await OutboxScenario.StartAsync();
        var ticket = await scenario.Tracking.TrackAsync("CHG0030001", "-4");
        scenario.Teams.FailAlways(Own, HttpStatusCode.NotFound);

        await scenario.Tracking.ApplyAsync(ticket, Observed("-1", 1));

        Assert.Equal([(Own, "CHG0030001", "not-found")], scenario.Log.Outcomes);
        Assert.False((await scenario.Harness.Conversations.GetAsync(BotHarness.TenantId, Own, ct))!.Active);
    }

    private static async Task MessageInChannelAsync(OutboxScenario scenario)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "help", ChannelId = "msteams", ServiceUrl = "https://smba.test/",
            Conversation = new ConversationAccount { Id = Channel, TenantId = BotHarness.TenantId, ConversationType = "channel" },
            From = new ChannelAccount("user", "Megan Bowen") { AadObjectId = BotHarness.UserAadObjectId },
            Recipient = new ChannelAccount("bot", "SnowChatOps"),
        };
        var capture = scenario.Harness.Get<IEnumerable<IMiddleware>>().OfType<ConversationCaptureMiddleware>().Single();
        using var turn = new TurnContext(scenario.Harness.Adapter, activity);
        await capture.OnTurnAsync(turn, _ => Task.CompletedTask, TestContext.Current.CancellationToken);
    }

    private static ConversationRecord ChannelRecord(OutboxScenario scenario) => new(
        BotHarness.TenantId, Channel, "channel", null,
        new ConversationReference
        {
            ChannelId = "msteams", ServiceUrl = "https://smba.test/",
            Conversation = new ConversationAccount { Id = Channel, TenantId = BotHarness.TenantId, ConversationType = "channel" },
            Bot = new ChannelAccount("bot", "SnowChatOps"),
        },
        true, scenario.Harness.Time.GetUtcNow());

    private static ObservedState Observed(string state, int modCount) => new(state, "2026-11-26 08:00:00", "abel.tuter", null) { ModCount = modCount };

    private static async Task<SnowChatOps.Bot.Tickets.TrackedTicket> Reload(OutboxScenario scenario, SnowChatOps.Bot.Tickets.TrackedTicket ticket)
        => (await scenario.Tracking.Tracked.GetAsync(ticket.TenantId, ticket.Table, ticket.SysId, TestContext.Current.CancellationToken))!;
}
