using Microsoft.Bot.Schema;
using SnowChatOps.Tests.Connection;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Tracking;

public sealed class NotificationsCommandTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notifications_AdminInPersonalChat_ShowsWebhookUrlAndNewSecretOnce()
    {
        await using var harness = await ConnectedAsync();
        string? shown = null;

        await harness.Flow()
            .Send("notifications")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Ticket state notifications", card.Title);
                Assert.Contains("http://127.0.0.1:3978/api/servicenow/events", card.Texts);
                Assert.Contains("Shown only to admins. Paste the secret into ServiceNow and nowhere else.", card.Texts);
                Assert.Equal(["Subscribe this conversation"], card.ActionTitles);
                shown = (string?)card.Json.SelectToken("$..[?(@.id == 'webhookSecret')].text");
            })
            .StartTestAsync();

        var stored = await harness.Get<InMemoryTrackingStore>().GetAsync(BotHarness.TenantId, ct);
        Assert.Matches("^[0-9a-f]{64}$", shown);
        Assert.Equal(stored!.WebhookSecret, shown);
        Assert.Equal(BotHarness.TenantId, await harness.Get<InMemoryTrackingStore>().FindTenantByInstanceAsync("https://contoso.service-now.com", ct));
    }

    [Fact]
    public async Task Notifications_AdminInChannel_HidesSecret()
    {
        await using var harness = await ConnectedAsync();
        harness.Adapter.Conversation.Conversation.ConversationType = "channel";

        await harness.Flow()
            .Send("notifications")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.DoesNotContain(card.Json.SelectTokens("$..id").Select(t => (string?)t), id => id == "webhookSecret");
                Assert.Contains(card.Texts, t => t.StartsWith("The webhook secret is shown only to admins, in a personal chat", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task NotificationsHere_Admin_SubscribesThisConversationAndOffersEdit()
    {
        await using var harness = await ConnectedAsync();

        await harness.Flow()
            .Send(Activities.Press("notifications-here"))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains("This conversation is subscribed to all ticket state changes.", card.Texts);
                Assert.Equal(["Edit this conversation's subscription"], card.ActionTitles);
            })
            .StartTestAsync();

        var subscription = Assert.Single(await harness.Get<InMemorySubscriptionStore>().ListAsync(BotHarness.TenantId, ct));
        Assert.Equal((harness.Adapter.Conversation.Conversation.Id, true), (subscription.ConversationId, subscription.Filter.Equals(SnowChatOps.Bot.Tracking.Subscriptions.SubscriptionFilter.None)));
    }

    [Fact]
    public async Task NotificationsStop_LegacyHereChosen_ClearsTheTarget()
    {
        await using var harness = await ConnectedAsync();
        await harness.Get<InMemoryTrackingStore>().SetNotificationConversationAsync(BotHarness.TenantId, harness.Adapter.Conversation.Conversation.Id, "en-US", ct);

        await harness.Flow()
            .Send(Activities.Press("notifications-stop"))
            .AssertReply(reply => Assert.Equal(["Subscribe this conversation"], CardReader.From(reply).ActionTitles))
            .StartTestAsync();

        Assert.Null((await harness.Get<InMemoryTrackingStore>().GetAsync(BotHarness.TenantId, ct))!.NotificationConversationId);
        Assert.Empty(await harness.Get<InMemorySubscriptionStore>().ListAsync(BotHarness.TenantId, ct));
    }

    [Fact]
    public async Task Notifications_NotAnAdmin_RefusedAndNothingStored()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Admins:UserObjectIds:0"] = "someone-else" });
        await harness.Connections.TryAddAsync(Connections.Connected(), ct);

        await harness.Flow()
            .Send("notifications")
            .AssertReply(reply => Assert.StartsWith("Only SnowChatOps administrators", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send(Activities.Press("notifications-here"))
            .AssertReply(reply => Assert.StartsWith("Only SnowChatOps administrators", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Null(await harness.Get<InMemoryTrackingStore>().GetAsync(BotHarness.TenantId, ct));
    }

    [Fact]
    public async Task Notifications_ChineseAdmin_CardInChinese()
    {
        await using var harness = await ConnectedAsync();

        await harness.Flow()
            .Send(Activities.Text("notifications", locale: "zh-CN"))
            .AssertReply(reply => Assert.Equal(["订阅此会话"], CardReader.From(reply).ActionTitles))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_ListsTicketsAndNotifications()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("help")
            .AssertReply(reply =>
            {
                var json = CardReader.From(reply).Json.ToString();
                Assert.Contains("**tickets**", json, StringComparison.Ordinal);
                Assert.Contains("**notifications**", json, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static async Task<BotHarness> ConnectedAsync()
    {
        var harness = new BotHarness();
        await harness.Connections.TryAddAsync(Connections.Connected(), TestContext.Current.CancellationToken);
        return harness;
    }
}
