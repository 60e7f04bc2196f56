using SnowChatOps.Bot.Tracking.Polling;

namespace SnowChatOps.IntegrationTests.Tracking;

/// <summary>What every <see cref="IPollLeaseStore"/> must do; run against the Table store on Azurite and the in-memory twin.</summary>
public abstract class PollLeaseStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract IPollLeaseStore CreateStore();

    [Fact]
    public async Task TryAcquire_Free_TakenAndRenewableByItsOwner()
    {
        var store = CreateStore();

        var taken = await store.TryAcquireAsync("tenant/1", "a", At, At.AddMinutes(5), ct);
        var renewed = await store.TryAcquireAsync("tenant/1", "a", At.AddMinutes(1), At.AddMinutes(6), ct);

        Assert.Equal((true, true), (taken, renewed));
    }

    [Fact]
    public async Task TryAcquire_HeldByAnother_RefusedUntilExpiryThenTakenOver()
    {
        var store = CreateStore();
        await store.TryAcquireAsync("tenant-1", "a", At, At.AddMinutes(5), ct);

        var beforeExpiry = await store.TryAcquireAsync("tenant-1", "b", At.AddMinutes(4), At.AddMinutes(9), ct);
        var afterExpiry = await store.TryAcquireAsync("tenant-1", "b", At.AddMinutes(6), At.AddMinutes(11), ct);
        var formerOwner = await store.TryAcquireAsync("tenant-1", "a", At.AddMinutes(7), At.AddMinutes(12), ct);

        Assert.Equal((false, true, false), (beforeExpiry, afterExpiry, formerOwner));
    }

    [Fact]
    public async Task TryAcquire_ManyInstancesAtOnce_ExactlyOneWins()
    {
        var store = CreateStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.TryAcquireAsync("tenant-race", $"instance-{i}", At, At.AddMinutes(5), ct)));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task TryAcquire_OtherTenant_Independent()
    {
        var store = CreateStore();
        await store.TryAcquireAsync("tenant-1", "a", At, At.AddMinutes(5), ct);

        Assert.True(await store.TryAcquireAsync("tenant-2", "b", At, At.AddMinutes(5), ct));
    }
}
