using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Outbox;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="IOutboxStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class OutboxStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract IOutboxStore CreateStore();

    [Fact]
    public async Task Add_SameItemTwice_WrittenOnce()
    {
        var store = CreateStore();

        var first = await store.AddAsync(Item("to:conv/1"), ct);
        var second = await store.AddAsync(Item("to:conv/1"), ct);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Single(await store.ListDueAsync(At, 10, ct));
    }

    [Fact]
    public async Task Add_AfterCompleted_WritesNothing()
    {
        var store = CreateStore();
        var added = await store.AddAsync(Item("card"), ct);
        await store.CompleteAsync(added!, "delivered", ct);

        var replay = await store.AddAsync(Item("card"), ct);

        Assert.Null(replay);
        Assert.True(await store.IsDoneAsync(Item("card"), ct));
        Assert.Empty(await store.ListDueAsync(At.AddDays(1), 10, ct));
    }

    [Fact]
    public async Task ListDue_OnlyItemsDueByNow()
    {
        var store = CreateStore();
        await store.AddAsync(Item("to:a"), ct);
        await store.AddAsync(Item("to:b") with { DueAt = At.AddMinutes(5) }, ct);

        var now = await store.ListDueAsync(At, 10, ct);
        var later = await store.ListDueAsync(At.AddMinutes(5), 10, ct);

        Assert.Equal(["to:a"], now.Select(i => i.ItemId));
        Assert.Equal(2, later.Count);
    }

    [Fact]
    public async Task TryClaim_ManyInstancesAtOnce_ExactlyOneWinsAndItIsHiddenUntilTheClaimEnds()
    {
        var store = CreateStore();
        var added = await store.AddAsync(Item("to:conv"), ct);

        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.TryClaimAsync(added!, At.AddSeconds(30), ct)));
        var duringClaim = await store.ListDueAsync(At.AddSeconds(29), 10, ct);
        var afterClaim = await store.ListDueAsync(At.AddSeconds(30), 10, ct);

        var winner = Assert.Single(claims, c => c is not null);
        Assert.Equal(1, winner!.Attempts);
        Assert.Empty(duringClaim);
        Assert.Equal(1, Assert.Single(afterClaim).Attempts); // a dead claimer's work is taken over
    }

    [Fact]
    public async Task Reschedule_WithStaleVersion_Refused()
    {
        var store = CreateStore();
        var added = await store.AddAsync(Item("to:conv"), ct);
        var claimed = await store.TryClaimAsync(added!, At.AddSeconds(30), ct);

        var stale = await store.RescheduleAsync(added!, At.AddMinutes(1), ct);
        var current = await store.RescheduleAsync(claimed!, At.AddMinutes(1), ct);

        Assert.Equal((false, true), (stale, current));
        Assert.Equal(At.AddMinutes(1), Assert.Single(await store.ListDueAsync(At.AddMinutes(1), 10, ct)).DueAt);
    }

    [Fact]
    public async Task RoundTrip_KeepsEveryField()
    {
        var store = CreateStore();
        var item = Item("handler:Some.Handler") with
        {
            Work = OutboxWork.ChangeHandler, Handler = "Some.Handler", UpdatedBy = "abel.tuter", Link = "https://contoso.service-now.com/x",
            Locale = "zh-CN", SubscriptionId = "sub-1", OwnLocale = "en-US", FromName = "新", ToName = "Resolved",
        };

        await store.AddAsync(item, ct);

        var read = Assert.Single(await store.ListDueAsync(At, 10, ct));
        Assert.Equal(item with { Version = read.Version }, read);
    }

    private static OutboxItem Item(string itemId) => new("tenant/1", "tenant/1|incident:abc|6|m3", itemId, OutboxWork.Notification)
    {
        Table = TicketTable.Incident, SysId = "abc", Number = "INC0010001", FromState = "2", ToState = "6",
        ConversationId = itemId.StartsWith("to:", StringComparison.Ordinal) ? itemId[3..] : null,
        OwnConversationId = "conv-own", CreatedAt = At, DueAt = At,
    };
}
