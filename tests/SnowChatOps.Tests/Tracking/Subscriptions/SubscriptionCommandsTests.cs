using Microsoft.Bot.Schema;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.Tests.Connection;
using SnowChatOps.TestSupport.Fakes;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking.Subscriptions;

public sealed class SubscriptionCommandsTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubscribeEditRemove_ByCardPresses_StoredChangedAndGone()
    {
        await using var harness = await ConnectedAsync();
        harness.Adapter.Conversation.Conversation.ConversationType = "channel";
        harness.Adapter.Conversation.Conversation.Id = "19:general@thread.tacv2;messageid=42";
        var store = harness.Get<InMemorySubscriptionStore>();

        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Form))
            .AssertReply(reply => Assert.Equal(["Save", "Cancel"], CardReader.From(reply).ActionTitles))
            .Send(Activities.Press(SubscriptionVerbs.Save, inputs: Form("incident", "2", "incident:6", "any")))
            .AssertReply(reply => Assert.Contains("Subscription saved.", CardReader.From(reply).Texts))
            .StartTestAsync();
        var saved = Assert.Single(await store.ListAsync(BotHarness.TenantId, ct));
        var arg = new SubscriptionArg(saved.Id).Write();
        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Save, arg, Form("any", "any", "", "Identity")))
            .AssertReply(reply => Assert.Contains(CardReader.From(reply).Texts, t => t.Contains("Secure Score category Identity", StringComparison.Ordinal)))
            .StartTestAsync();
        var edited = Assert.Single(await store.ListAsync(BotHarness.TenantId, ct));
        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Remove, arg))
            .AssertReply(reply => Assert.Contains("Subscription removed.", CardReader.From(reply).Texts))
            .StartTestAsync();

        Assert.Equal(("19:general@thread.tacv2", new SubscriptionFilter(TicketTable.Incident, 2, ["incident:6"], null)), (saved.ConversationId, saved.Filter));
        Assert.Equal((saved.Id, new SubscriptionFilter(null, null, [], ActionCategory.Identity)), (edited.Id, edited.Filter));
        Assert.Empty(await store.ListAsync(BotHarness.TenantId, ct));
        Assert.NotNull(await harness.Conversations.GetAsync(BotHarness.TenantId, "19:general@thread.tacv2", ct));
    }

    [Fact]
    public async Task Save_ValueTheFormDoesNotOffer_RefusedNothingStoredNothingEchoed()
    {
        await using var harness = await ConnectedAsync();

        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Save, inputs: Form("any", "any", "<xyzzy>incident:99", "any")))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains(card.Texts, t => t.StartsWith("That filter is not one SnowChatOps offers", StringComparison.Ordinal));
                Assert.DoesNotContain("xyzzy", card.Json.ToString(), StringComparison.Ordinal);
            })
            .StartTestAsync();

        Assert.Empty(await harness.Get<InMemorySubscriptionStore>().ListAsync(BotHarness.TenantId, ct));
    }

    [Fact]
    public async Task Save_NotAnAdmin_RefusedAndNothingStored()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Admins:UserObjectIds:0"] = "someone-else" });
        await harness.Connections.TryAddAsync(Connections.Connected(), ct);

        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Save, inputs: Form("any", "any", "", "any")))
            .AssertReply(reply => Assert.StartsWith("Only SnowChatOps administrators", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Empty(await harness.Get<InMemorySubscriptionStore>().ListAsync(BotHarness.TenantId, ct));
    }

    [Fact]
    public async Task SendTest_SubscribedConversation_PostsAndRecordsDeliveredInHealth()
    {
        await using var harness = await ConnectedAsync();
        await harness.Flow()
            .Send(Activities.Press("notifications-here"))
            .AssertReply(_ => { })
            .StartTestAsync();
        var subscription = Assert.Single(await harness.Get<InMemorySubscriptionStore>().ListAsync(BotHarness.TenantId, ct));

        await harness.Flow()
            .Send(Activities.Press(SubscriptionVerbs.Test, new SubscriptionArg(subscription.Id).Write()))
            .AssertReply(reply => Assert.StartsWith("Test notification from SnowChatOps", CardReader.From(reply).Title, StringComparison.Ordinal))
            .AssertReply(reply => Assert.Contains(CardReader.From(reply).Texts, t => t.StartsWith("Last delivered: TEST at {{DATE(2026-", StringComparison.Ordinal)))
            .StartTestAsync();

        var health = await harness.Get<InMemoryNotificationHealthStore>().GetAsync(BotHarness.TenantId, ct);
        Assert.Equal("TEST", health.For(subscription.Id).DeliveredTicket);
    }

    private static object Form(string type, string priority, string states, string category) => new Dictionary<string, string>
    {
        [SubscriptionForm.TypeInput] = type, [SubscriptionForm.PriorityInput] = priority, [SubscriptionForm.StatesInput] = states, [SubscriptionForm.CategoryInput] = category,
    };

    private static async Task<BotHarness> ConnectedAsync()
    {
        var harness = new BotHarness();
        await harness.Connections.TryAddAsync(Connections.Connected(), TestContext.Current.CancellationToken);
        return harness;
    }
}
