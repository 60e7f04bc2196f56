using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Delivery;
using SnowChatOps.Bot.Tracking.Subscriptions;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Tracking.Subscriptions;

public sealed class SubscriptionRouterTests
{
    private const string Tenant = "tenant-a";
    private const string Channel = "19:general@thread.tacv2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly InMemorySubscriptionStore store = new();
    private readonly InMemoryTrackingStore tracking = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly SnowChatOps.Bot.Tracking.Subscriptions.Subscriptions subscriptions;
    private readonly SubscriptionRouter router;

    public SubscriptionRouterTests()
    {
        subscriptions = new(store, tracking, new InMemoryConversationStore(), new InMemoryNotificationHealthStore(), time, NullLogger<SnowChatOps.Bot.Tracking.Subscriptions.Subscriptions>.Instance);
        router = new SubscriptionRouter(subscriptions, new ImprovementActionCatalog(new FixedImprovementActionSource(SharingActions.All)));
    }

    [Fact]
    public async Task Route_NoSubscriptions_TicketsOwnConversation()
    {
        var targets = await router.RouteAsync(Subject(Ticket()), ct);

        Assert.Equal(new NotificationTarget("a:personal-1", "en-US", null), Assert.Single(targets));
    }

    [Fact]
    public async Task Route_TypeFilter_OnlyThatTable()
    {
        await SubscribeAsync("a:chat-1", new SubscriptionFilter(TicketTable.ChangeRequest, null, [], null));

        Assert.Empty(await router.RouteAsync(Subject(Ticket()), ct));
        Assert.Single(await router.RouteAsync(Subject(Ticket(TicketTable.ChangeRequest), to: "-1"), ct));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(null, false)]
    public async Task Route_PriorityTwoOrHigher_MatchesOnlyOneAndTwo(int? priority, bool matches)
    {
        await SubscribeAsync("a:chat-1", new SubscriptionFilter(null, 2, [], null));

        var targets = await router.RouteAsync(Subject(Ticket(), priority), ct);

        Assert.Equal(matches, targets.Count == 1);
    }

    [Fact]
    public async Task Route_TransitionFilter_OnlyChosenTargetStates()
    {
        await SubscribeAsync("a:chat-1", new SubscriptionFilter(null, null, ["incident:6", "incident:7"], null));

        Assert.Single(await router.RouteAsync(Subject(Ticket(), to: "6"), ct));
        Assert.Empty(await router.RouteAsync(Subject(Ticket(), to: "2"), ct));
    }

    [Fact]
    public async Task Route_CategoryFilter_UsesTheActionsCatalogCategory()
    {
        await SubscribeAsync("a:chat-1", new SubscriptionFilter(null, null, [], ActionCategory.Identity));
        await SubscribeAsync("a:chat-2", new SubscriptionFilter(null, null, [], ActionCategory.Devices));

        var targets = await router.RouteAsync(Subject(Ticket()), ct);

        Assert.Equal(["a:chat-1"], targets.Select(t => t.ConversationId));
    }

    [Fact]
    public async Task Route_LegacyConversationInAThread_ReadAsUnfilteredChannelRootAndMigratedOnFirstWrite()
    {
        await tracking.SetNotificationConversationAsync(Tenant, Channel + ";messageid=111", "zh-CN", ct);

        var before = Assert.Single(await router.RouteAsync(Subject(Ticket()), ct));
        await SubscribeAsync("a:chat-9", SubscriptionFilter.None);

        Assert.Equal(new NotificationTarget(Channel, "zh-CN", Subscription.LegacyId), before);
        Assert.Null((await tracking.GetAsync(Tenant, ct))!.NotificationConversationId);
        Assert.Equal([Channel, "a:chat-9"], (await store.ListAsync(Tenant, ct)).Select(s => s.ConversationId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Route_ChannelWhereTheTicketWasShared_RepliesInTheTicketsThread()
    {
        await SubscribeAsync(Channel + ";messageid=555", SubscriptionFilter.None, "channel");

        var shared = await router.RouteAsync(Subject(Ticket(conversation: Channel, card: "card-1")), ct);
        var elsewhere = await router.RouteAsync(Subject(Ticket()), ct);

        Assert.Equal(Channel + ";messageid=card-1", Assert.Single(shared).ConversationId);
        Assert.Equal(Channel, Assert.Single(elsewhere).ConversationId);
    }

    [Fact]
    public void ChannelRoot_ReplyThreadId_StripsTheMessageId()
    {
        Assert.Equal(Channel, ChannelRoot.Of(Channel + ";messageid=1700000000000"));
        Assert.Equal("a:personal", ChannelRoot.Of("a:personal"));
    }

    private Task<Subscription> SubscribeAsync(string conversation, SubscriptionFilter filter, string type = "groupChat")
        => subscriptions.SubscribeAsync(Tenant, conversation, type, null, "en-US", filter, ct);

    private static TrackedTicket Ticket(TicketTable table = TicketTable.Incident, string conversation = "a:personal-1", string? card = null)
        => new(Tenant, table, "sys-1", table == TicketTable.Incident ? "INC0010001" : "CHG0030001", "AdminMFAV2", conversation, card, table == TicketTable.Incident ? "1" : "-5", DateTimeOffset.UnixEpoch);

    private static NotificationSubject Subject(TrackedTicket ticket, int? priority = 1, string to = "6")
        => new(ticket, priority, ticket.LastKnownState, to);
}
