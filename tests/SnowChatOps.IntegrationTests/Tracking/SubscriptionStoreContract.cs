using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Subscriptions;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="ISubscriptionStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class SubscriptionStoreContract
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract ISubscriptionStore CreateStore();

    [Fact]
    public async Task Save_FilteredSubscription_RoundTripsEveryField()
    {
        var store = CreateStore();
        var saved = new Subscription("tenant/1", new string('b', 32), "19:abc@thread.tacv2", "channel", "General", "zh-CN",
            new SubscriptionFilter(TicketTable.Incident, 2, ["incident:6", "incident:7"], ActionCategory.Identity));

        await store.SaveAsync(saved, ct);

        var read = Assert.Single(await store.ListAsync("tenant/1", ct));
        Assert.Equal(saved, read);
    }

    [Fact]
    public async Task List_SeveralTenants_OnlyThisTenantsInIdOrder()
    {
        var store = CreateStore();
        await store.SaveAsync(Unfiltered("tenant-1", new string('c', 32)), ct);
        await store.SaveAsync(Unfiltered("tenant-1", new string('a', 32)), ct);
        await store.SaveAsync(Unfiltered("tenant-2", new string('b', 32)), ct);

        var list = await store.ListAsync("tenant-1", ct);

        Assert.Equal([new string('a', 32), new string('c', 32)], list.Select(s => s.Id));
        Assert.Equal(SubscriptionFilter.None, list[0].Filter);
    }

    [Fact]
    public async Task Remove_ExistingThenMissing_TrueThenFalse()
    {
        var store = CreateStore();
        await store.SaveAsync(Unfiltered("tenant-1", new string('a', 32)), ct);

        var first = await store.RemoveAsync("tenant-1", new string('a', 32), ct);
        var second = await store.RemoveAsync("tenant-1", new string('a', 32), ct);

        Assert.Equal((true, false), (first, second));
        Assert.Empty(await store.ListAsync("tenant-1", ct));
    }

    private static Subscription Unfiltered(string tenant, string id) => new(tenant, id, "a:personal-" + id, "personal", null, null, SubscriptionFilter.None);
}
