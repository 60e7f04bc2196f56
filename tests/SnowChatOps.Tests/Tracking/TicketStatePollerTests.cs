using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tracking.Changes;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking;

public sealed class TicketStatePollerTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollOnce_StateChanged_UpdatesCardAndSendsOneNotification()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        scenario.ChangeInServiceNow(ticket, "-1");

        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(1, changes);
        var update = Assert.Single(scenario.Updated);
        Assert.Equal("card-CHG0030001", update.Id);
        Assert.Contains("Implement", CardReader.From(update).Json.SelectTokens("$..facts[*].value").Select(v => (string)v!));
        var notice = CardReader.From(Assert.Single(scenario.Sent));
        Assert.Equal("CHG0030001: Assess → Implement", notice.Title);
        Assert.Equal(["Open in ServiceNow"], notice.ActionTitles);
        Assert.Equal("-1", scenario.Tracked.All.Single().LastKnownState);
    }

    [Fact]
    public async Task PollOnce_Unchanged_SendsNothing()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.TrackAsync("INC0010001", "2", TicketTable.Incident);

        await scenario.Poller.PollOnceAsync(ct);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(0, changes);
        Assert.Empty(scenario.Sent);
        Assert.Empty(scenario.Updated);
    }

    [Fact]
    public async Task PollOnce_SameChangeTwice_NotifiesOnce()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        scenario.ChangeInServiceNow(ticket, "2");

        await scenario.Poller.PollOnceAsync(ct);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await scenario.Poller.PollOnceAsync(ct);

        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task PollOnce_AfterWebhookSawTheSameChange_SendsNoSecondNotification()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        scenario.ChangeInServiceNow(ticket, "-1");
        var updatedOn = ServiceNowDateTime.ToServiceNow(harness.Time.GetUtcNow());

        var byWebhook = await scenario.ApplyAsync(ticket, new ObservedState("-1", updatedOn, "abel.tuter", null));
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var byPoll = await scenario.Poller.PollOnceAsync(ct);

        Assert.True(byWebhook);
        Assert.Equal(0, byPoll);
        Assert.Equal("CHG0030001: Assess → Implement (by abel.tuter)", CardReader.From(Assert.Single(scenario.Sent)).Title);
    }

    [Fact]
    public async Task PollOnce_WebhookRacedWithStaleTrackedRow_ClaimStillAllowsOnlyOne()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        scenario.ChangeInServiceNow(ticket, "-1");
        var updatedOn = ServiceNowDateTime.ToServiceNow(harness.Time.GetUtcNow());
        var processor = harness.Get<StateChangeProcessor>();

        var first = await processor.ApplyAsync(ticket, new ObservedState("-1", updatedOn, null, null), "webhook", ct);
        var second = await processor.ApplyAsync(ticket, new ObservedState("-1", updatedOn, null, null), "poll", ct);

        Assert.Equal((true, false), (first, second));
        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task PollOnce_BotRemovedFromOneConversation_OtherTicketsStillNotified()
    {
        BotHarness? harness = null;
        harness = new BotHarness(s => s.AddSingleton<BotAdapter>(_ => new RemovedFromConversationAdapter(() => harness!.Adapter, "conv-gone")));
        await using var disposing = harness;
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.AddConversationAsync("conv-gone");
        var lost = await scenario.TrackAsync("CHG0030001", "-4", conversationId: "conv-gone");
        var kept = await scenario.TrackAsync("CHG0030002", "-4");
        scenario.ChangeInServiceNow(lost, "-1");
        scenario.ChangeInServiceNow(kept, "-1");

        var changes = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(2, changes);
        Assert.Equal("CHG0030002: Assess → Implement", CardReader.From(Assert.Single(scenario.Sent, a => a.Attachments?.Count > 0)).Title);
        Assert.False((await harness.Conversations.GetAsync(BotHarness.TenantId, "conv-gone", ct))!.Active);
    }

    [Fact]
    public async Task PollOnce_NotificationsConversationChosen_PostsThereAndStillUpdatesTheCard()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.AddConversationAsync("conv-channel");
        await scenario.Settings.SetNotificationConversationAsync(BotHarness.TenantId, "conv-channel", "zh-CN", ct);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        scenario.ChangeInServiceNow(ticket, "2");

        await scenario.Poller.PollOnceAsync(ct);

        var notice = Assert.Single(scenario.Sent);
        Assert.Equal("conv-channel", notice.Conversation.Id);
        Assert.Equal(["在 ServiceNow 中打开"], CardReader.From(notice).ActionTitles);
        Assert.Equal(TrackingScenario.Conversation, Assert.Single(scenario.Updated).Conversation.Id);
    }

    [Fact]
    public async Task PollOnce_ServiceNowFails_SkipsTenantAndRetriesNextCycle()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        scenario.ChangeInServiceNow(ticket, "2");
        scenario.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        var failed = await scenario.Poller.PollOnceAsync(ct);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var recovered = await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal((0, 1), (failed, recovered));
        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task PollOnce_ClosedTicket_IsNotReadAgain()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.TrackAsync("INC0010001", "7", TicketTable.Incident);

        await scenario.Poller.PollOnceAsync(ct);

        Assert.Equal(0, scenario.ServiceNow.Reads);
    }
}
