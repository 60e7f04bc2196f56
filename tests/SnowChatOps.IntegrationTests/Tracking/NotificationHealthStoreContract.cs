using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="INotificationHealthStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class NotificationHealthStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract INotificationHealthStore CreateStore();

    [Fact]
    public async Task Get_UnknownTenant_NeverAnything()
    {
        var health = await CreateStore().GetAsync("tenant-x", ct);

        Assert.Equal((null, null, 0), (health.Tenant.WebhookAt, health.Tenant.PollAt, health.Tenant.PollFirst.Count));
        Assert.Equal(SubscriptionHealth.Never, health.For("sub"));
    }

    [Fact]
    public async Task DeliveredThenFailed_KeepsBothAndReportsFailing()
    {
        var store = CreateStore();

        await store.DeliveredAsync("tenant/1", "sub-1", At, "INC0010001", ct);
        await store.FailedAsync("tenant/1", "sub-1", At.AddMinutes(1), "forbidden", ct);
        await store.DeliveredAsync("tenant/1", NotificationHealthKeys.Own, At, "CHG0030001", ct);

        var health = await store.GetAsync("tenant/1", ct);
        Assert.Equal(new SubscriptionHealth(At, "INC0010001", At.AddMinutes(1), "forbidden"), health.For("sub-1"));
        Assert.True(health.For("sub-1").Failing);
        Assert.Equal("CHG0030001", health.For(NotificationHealthKeys.Own).DeliveredTicket);
    }

    [Fact]
    public async Task Sources_WebhookPollAndPollFirst_RecordedNewestFirstAndCapped()
    {
        var store = CreateStore();

        await store.WebhookReceivedAsync("tenant-1", At, ct);
        await store.PolledAsync("tenant-1", At.AddMinutes(5), ct);
        for (var i = 0; i < TenantHealth.MaxPollFirst + 3; i++)
        {
            await store.PollFoundFirstAsync("tenant-1", At.AddMinutes(i), ct);
        }

        var tenant = (await store.GetAsync("tenant-1", ct)).Tenant;
        Assert.Equal((At, At.AddMinutes(5)), (tenant.WebhookAt, tenant.PollAt));
        Assert.Equal(TenantHealth.MaxPollFirst, tenant.PollFirst.Count);
        Assert.Equal(At.AddMinutes(TenantHealth.MaxPollFirst + 2), tenant.PollFirst[0]);
    }

    [Fact]
    public async Task Forget_RemovesOnlyThatTarget()
    {
        var store = CreateStore();
        await store.DeliveredAsync("tenant-1", "sub-1", At, "INC0010001", ct);
        await store.DeliveredAsync("tenant-1", "sub-2", At, "INC0010002", ct);

        await store.ForgetAsync("tenant-1", "sub-1", ct);
        await store.ForgetAsync("tenant-1", "never-delivered", ct);

        var health = await store.GetAsync("tenant-1", ct);
        Assert.Equal(["sub-2"], health.Targets.Keys);
    }
}
