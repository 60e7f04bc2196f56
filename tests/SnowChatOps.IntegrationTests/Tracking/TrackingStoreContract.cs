using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="ITrackingStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class TrackingStoreContract
{
    private const string Instance = "https://acme.service-now.com";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract ITrackingStore CreateStore();

    [Fact]
    public async Task Get_UnknownTenant_Null()
    {
        var store = CreateStore();

        Assert.Null(await store.GetAsync("tenant-x", ct));
        Assert.Null(await store.FindTenantByInstanceAsync(Instance, ct));
    }

    [Fact]
    public async Task EnsureWebhookSecret_SecondCandidate_KeepsTheFirstAndIndexesTheInstance()
    {
        var store = CreateStore();

        var first = await store.EnsureWebhookSecretAsync("tenant/1", Instance, "secret-one", ct);
        var second = await store.EnsureWebhookSecretAsync("tenant/1", Instance, "secret-two", ct);

        Assert.Equal(("secret-one", "secret-one"), (first, second));
        Assert.Equal("secret-one", (await store.GetAsync("tenant/1", ct))!.WebhookSecret);
        Assert.Equal("tenant/1", await store.FindTenantByInstanceAsync(Instance, ct));
    }

    [Fact]
    public async Task SetNotificationConversation_KeepsSecretAndClearsWithNull()
    {
        var store = CreateStore();
        await store.EnsureWebhookSecretAsync("tenant-1", Instance, "secret-one", ct);

        await store.SetNotificationConversationAsync("tenant-1", "19:abc@thread.tacv2", "zh-CN", ct);
        var set = await store.GetAsync("tenant-1", ct);
        await store.SetNotificationConversationAsync("tenant-1", null, null, ct);
        var cleared = await store.GetAsync("tenant-1", ct);

        Assert.Equal(("19:abc@thread.tacv2", "zh-CN", "secret-one"), (set!.NotificationConversationId, set.NotificationLocale, set.WebhookSecret));
        Assert.Equal((null, null, "secret-one"), (cleared!.NotificationConversationId, cleared.NotificationLocale, cleared.WebhookSecret));
    }

    [Fact]
    public async Task EnsureWebhookSecret_AfterNotificationsWereSet_AddsSecret()
    {
        var store = CreateStore();
        await store.SetNotificationConversationAsync("tenant-1", "conv-1", "en-US", ct);

        var secret = await store.EnsureWebhookSecretAsync("tenant-1", Instance, "secret-one", ct);

        Assert.Equal("secret-one", secret);
        Assert.Equal(("conv-1", "secret-one"), ((await store.GetAsync("tenant-1", ct))!.NotificationConversationId, (await store.GetAsync("tenant-1", ct))!.WebhookSecret));
    }

    [Fact]
    public async Task IndexInstance_AnotherTenantClaimsIt_LatestWins()
    {
        var store = CreateStore();

        await store.IndexInstanceAsync("tenant-1", Instance, ct);
        await store.IndexInstanceAsync("tenant-2", Instance, ct);

        Assert.Equal("tenant-2", await store.FindTenantByInstanceAsync(Instance, ct));
        Assert.Null(await store.FindTenantByInstanceAsync("https://other.service-now.com", ct));
    }
}
