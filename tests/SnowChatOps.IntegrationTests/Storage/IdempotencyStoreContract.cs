using SnowChatOps.Bot.Storage;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Storage;

/// <summary>One contract, two stores: the Table implementation on Azurite and its in-memory twin.</summary>
public abstract class IdempotencyStoreContract
{
    internal abstract IIdempotencyStore CreateStore();

    [Fact]
    public async Task TryClaim_SameKeyTwice_OnlyFirstWins()
    {
        var store = CreateStore();

        var first = await store.TryClaimAsync("welcome", "19:abc/def?x#y", TestContext.Current.CancellationToken);
        var second = await store.TryClaimAsync("welcome", "19:abc/def?x#y", TestContext.Current.CancellationToken);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task TryClaim_ManyAtOnce_ExactlyOneWins()
    {
        var store = CreateStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryClaimAsync("welcome", "conv-1", TestContext.Current.CancellationToken)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task Release_ThenClaim_WinsAgain()
    {
        var store = CreateStore();
        await store.TryClaimAsync("webhook", "evt-1", TestContext.Current.CancellationToken);

        await store.ReleaseAsync("webhook", "evt-1", TestContext.Current.CancellationToken);

        Assert.True(await store.TryClaimAsync("webhook", "evt-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TryClaim_DifferentScopes_AreIndependent()
    {
        var store = CreateStore();
        await store.TryClaimAsync("a", "key", TestContext.Current.CancellationToken);

        Assert.True(await store.TryClaimAsync("b", "key", TestContext.Current.CancellationToken));
    }
}

public sealed class TableIdempotencyStoreTests(AzuriteFixture azurite) : IdempotencyStoreContract
{
    internal override IIdempotencyStore CreateStore() => new TableIdempotencyStore(azurite.NewTables(), TimeProvider.System);
}

public sealed class InMemoryIdempotencyStoreTests : IdempotencyStoreContract
{
    internal override IIdempotencyStore CreateStore() => new InMemoryIdempotencyStore();
}
